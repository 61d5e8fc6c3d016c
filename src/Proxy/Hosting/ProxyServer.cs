using System.Collections.Immutable;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Policy.Compiler.Diagnostics;
using Policy.Proxy.Connections;
using Policy.Proxy.Events;

namespace Policy.Proxy.Hosting;

/// <summary>
/// The running proxy: listeners, the current configuration snapshot, the connection handler,
/// idle sweeping, events, reloads and graceful shutdown.
/// </summary>
public sealed partial class ProxyServer : IAsyncDisposable
{
    private readonly ConfigSource _source;
    private readonly ProxyServerOptions _options;
    private readonly ILogger _logger;
    private readonly ILoggerFactory _loggerFactory;
    private readonly SemaphoreSlim _reloadLock = new(1, 1);
    private readonly Dictionary<string, ProxyListener> _listeners = new(StringComparer.Ordinal);
    private ProxySnapshot? _snapshot;
    private ConnectionHandler? _handler;
    private IEventSink _events = NullEventSink.Instance;
    private IdleSweeper? _sweeper;
    private MemoryTrimmer? _trimmer;
    private ConfigWatcher? _watcher;
    private int _stopping;

    /// <summary>Creates a server; nothing runs until <see cref="StartAsync"/>.</summary>
    public ProxyServer(ConfigSource source, ILoggerFactory loggerFactory, ProxyServerOptions? options = null)
    {
        _source = source;
        _loggerFactory = loggerFactory;
        _options = options ?? new ProxyServerOptions();
        _logger = loggerFactory.CreateLogger("Policy.Proxy");
    }

    /// <summary>The configuration serving new connections.</summary>
    public ProxySnapshot Current => Volatile.Read(ref _snapshot) ?? throw new InvalidOperationException("the server is not started");

    /// <summary>The open connections.</summary>
    public ConnectionRegistry Connections { get; } = new();

    /// <summary>The bound listener addresses (actual ports).</summary>
    public IReadOnlyList<IPEndPoint> ListenEndPoints
    {
        get
        {
            lock (_listeners) return [.. _listeners.Values.Select(l => l.LocalEndPoint)];
        }
    }

    /// <summary>The diagnostics of the last load or reload.</summary>
    public ImmutableArray<Diagnostic> LastDiagnostics { get; private set; } = [];

    /// <summary>Successful reloads so far.</summary>
    public int ReloadCount { get; private set; }

    /// <summary>
    /// Loads the configuration (and the endpoints stored through the admin API), starts the admin
    /// API when configured, and starts listening; false (see <see cref="LastDiagnostics"/>) when the
    /// configuration has errors or the store or admin API cannot be used.
    /// </summary>
    public async Task<bool> StartAsync()
    {
        var (config, readDiagnostics) = _source.Load();
        if (config is null)
        {
            LastDiagnostics = readDiagnostics;
            return false;
        }
        var diagnostics = new List<Diagnostic>(readDiagnostics);
        if (!OpenStore(config, diagnostics))
        {
            LastDiagnostics = [.. diagnostics];
            return false;
        }
        var built = SnapshotBuilder.Build(config, StoredConfigs(), _options.PolicyFactory, null);
        diagnostics.AddRange(built.Diagnostics);
        LastDiagnostics = [.. diagnostics];
        if (built.Snapshot is not { } snapshot)
        {
            CloseStore();
            return false;
        }
        Volatile.Write(ref _snapshot, snapshot);
        if (!await StartAdminAsync(config, diagnostics).ConfigureAwait(false))
        {
            LastDiagnostics = [.. diagnostics];
            CloseStore();
            return false;
        }

        _events = _options.Events ?? (config.Events is { } target ? JsonLinesEventSink.Open(target, config.BaseDirectory, _logger) : NullEventSink.Instance);
        _handler = new ConnectionHandler(Connections, _events, _logger, Metrics);
        try
        {
            foreach (var address in config.Listen) OpenListener(address.Text, address.EndPoint);
        }
        catch (SocketException)
        {
            foreach (var l in _listeners.Values) l.DisposeAsync().AsTask().GetAwaiter().GetResult();
            _listeners.Clear();
            await StopAdminAsync().ConfigureAwait(false);
            CloseStore();
            throw;
        }
        _sweeper = new IdleSweeper(Connections, IdleSweeper.PeriodFor(config.Limits.ClientIdleTimeout, config.Limits.ServerIdleTimeout));
        if (_options.TrimMemoryWhenQuiet) _trimmer = new MemoryTrimmer(_logger);
        Watch(config);
        _logger.LogInformation("policy-proxy started: {Endpoints} endpoint(s), {Compiled} polic(ies) loaded (backend: {Backend}), listening on {Listen}",
            snapshot.Endpoints.All.Count, built.Compiled, _options.PolicyFactory.Backend, string.Join(", ", ListenEndPoints));
        return true;
    }

    private void OpenListener(string name, IPEndPoint endPoint)
    {
        var listener = new ProxyListener(name, endPoint, Accept, _logger);
        lock (_listeners) _listeners[name] = listener;
        listener.Start();
    }

    private void Accept(Socket socket)
    {
        var snapshot = Current;
        var handler = _handler!;
        ThreadPool.UnsafeQueueUserWorkItem(static state => _ = state.handler.HandleAsync(state.socket, state.snapshot), (handler, socket, snapshot), preferLocal: false);
    }

    private void Watch(Configuration.ProxyConfig config)
    {
        if (!_options.WatchFiles || _source.Path is null) return;
        var files = ConfigSource.FilesOf(_source.Path, config);
        if (_watcher is not null && _watcher.Files.Count == files.Count && files.All(_watcher.Files.Contains)) return;
        _watcher?.Dispose();
        _watcher = new ConfigWatcher(files, () => _ = ReloadAsync("file change"), _options.WatchDelay);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.Zero).ConfigureAwait(false);
        _reloadLock.Dispose();
    }
}
