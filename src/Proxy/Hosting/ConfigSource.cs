using System.Collections.Immutable;
using Policy.Compiler.Diagnostics;
using Policy.Proxy.Configuration;

namespace Policy.Proxy.Hosting;

/// <summary>Where the proxy's configuration comes from: a file (reloadable) or a fixed configuration built in code (the demo).</summary>
public sealed class ConfigSource
{
    private readonly Func<(ProxyConfig? Config, ImmutableArray<Diagnostic> Diagnostics)> _load;

    private ConfigSource(string? path, Func<(ProxyConfig?, ImmutableArray<Diagnostic>)> load)
    {
        Path = path;
        _load = load;
    }

    /// <summary>The config file, or null for a fixed configuration.</summary>
    public string? Path { get; }

    /// <summary>A config file, read again on every reload.</summary>
    public static ConfigSource FromFile(string path) => new(System.IO.Path.GetFullPath(path), () => ConfigReader.ReadFile(path));

    /// <summary>A fixed configuration.</summary>
    public static ConfigSource FromConfig(ProxyConfig config) => new(null, () => (config, []));

    /// <summary>Reads the configuration.</summary>
    public (ProxyConfig? Config, ImmutableArray<Diagnostic> Diagnostics) Load() => _load();

    /// <summary>The files whose change should trigger a reload: the config file and the policy files it names.</summary>
    public static IReadOnlyList<string> FilesOf(string? configPath, ProxyConfig? config)
    {
        var files = new List<string>();
        if (configPath is not null) files.Add(configPath);
        if (config is not null) files.AddRange(config.Endpoints.Select(e => e.Policy.FilePath).OfType<string>().Select(System.IO.Path.GetFullPath));
        return files.Distinct(StringComparer.Ordinal).ToList();
    }
}
