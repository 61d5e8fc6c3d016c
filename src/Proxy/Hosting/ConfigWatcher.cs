namespace Policy.Proxy.Hosting;

/// <summary>
/// Watches the config file (and the policy files it names) and calls back once a burst of changes
/// has settled. Editors often save by writing a new file and renaming it over the old one, so the
/// folders are watched, not the files.
/// </summary>
public sealed class ConfigWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly HashSet<string> _files;
    private readonly Timer _debounce;
    private readonly TimeSpan _delay;

    /// <summary>Starts watching <paramref name="files"/>; <paramref name="onChange"/> runs <paramref name="delay"/> after the last change.</summary>
    public ConfigWatcher(IReadOnlyList<string> files, Action onChange, TimeSpan delay)
    {
        _files = new HashSet<string>(files, StringComparer.Ordinal);
        _delay = delay;
        _debounce = new Timer(_ => onChange(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var folder in files.Select(f => Path.GetDirectoryName(f) ?? ".").Distinct(StringComparer.Ordinal))
        {
            if (!Directory.Exists(folder)) continue;
            var watcher = new FileSystemWatcher(folder)
            {
                NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime,
                IncludeSubdirectories = false,
            };
            watcher.Changed += OnEvent;
            watcher.Created += OnEvent;
            watcher.Renamed += OnEvent;
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>The watched files.</summary>
    public IReadOnlyCollection<string> Files => _files;

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        if (_files.Contains(e.FullPath) || (e is RenamedEventArgs r && _files.Contains(r.OldFullPath)))
            _debounce.Change(_delay, Timeout.InfiniteTimeSpan);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var w in _watchers) w.Dispose();
        _debounce.Dispose();
    }
}
