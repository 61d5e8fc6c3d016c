using System.Collections.Immutable;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Policy.Compiler.Diagnostics;
using Policy.Proxy.Admin.Api;
using Policy.Proxy.Admin.Metrics;
using Policy.Proxy.Admin.Store;
using Policy.Proxy.Configuration;
using Policy.Proxy.Policies;
using Policy.Runtime.Policies;

namespace Policy.Proxy.Hosting;

public sealed partial class ProxyServer
{
    /// <summary>The store's file name when the config names none (next to the config file).</summary>
    public const string DefaultStoreFile = "proxy-state.db";

    private EndpointStore? _store;
    private ImmutableArray<StoredEndpoint> _stored = [];
    private AdminServer? _admin;

    /// <summary>Counters for <c>GET /metrics</c>.</summary>
    public ProxyMetrics Metrics { get; } = new();

    /// <summary>The endpoints created through the admin API, in the order they were created.</summary>
    public ImmutableArray<StoredEndpoint> StoredEndpoints => _stored;

    /// <summary>The admin API's bound address (actual port), when it runs.</summary>
    public IPEndPoint? AdminEndPoint => _admin?.EndPoint;

    /// <summary>The policy backend snapshots are built with.</summary>
    internal IPolicyFactory PolicyFactory => _options.PolicyFactory;

    /// <summary>The endpoint store, when one is open.</summary>
    public EndpointStore? Store => _store;

    /// <summary>
    /// The store file a configuration uses: its <c>store:</c> (relative to the config's folder), else
    /// <see cref="DefaultStoreFile"/> there when the config has an <c>admin:</c> section or that
    /// file exists; null otherwise. Endpoints created through the API live until they are deleted,
    /// so removing <c>admin:</c> from the config stops the API, not the endpoints it created.
    /// </summary>
    public static string? StorePath(ProxyConfig config)
    {
        if (config.Store is { } store) return Path.Combine(config.BaseDirectory, store);
        var path = Path.Combine(config.BaseDirectory, DefaultStoreFile);
        // A config read from a file only: the embedded demo never picks up a store from the working folder.
        return config.Admin is not null || (config.Path is not null && File.Exists(path)) ? path : null;
    }

    /// <summary>
    /// Waits for the configuration lock (reloads take it too) and returns an editor that holds it
    /// until disposed; null when the server is stopping or has no store.
    /// </summary>
    internal async Task<StoredEndpointEditor?> EditStoredEndpointsAsync()
    {
        await _reloadLock.WaitAsync().ConfigureAwait(false);
        if (Volatile.Read(ref _stopping) != 0 || _store is null || _snapshot is null)
        {
            _reloadLock.Release();
            return null;
        }
        return new StoredEndpointEditor(this, _reloadLock);
    }

    /// <summary>
    /// Builds a snapshot with <paramref name="next"/> as the stored endpoints, then commits
    /// <paramref name="write"/> to the store, then serves the snapshot to new connections. The
    /// caller holds the configuration lock. <paramref name="compiled"/> are policies compiled for the
    /// change beforehand (see <see cref="SnapshotBuilder.Build(ProxyConfig, IReadOnlyList{EndpointConfig}, IPolicyFactory, ProxySnapshot?, IReadOnlyDictionary{string, CompiledPolicy}?)"/>).
    /// Returns the build's errors (nothing written) or none.
    /// </summary>
    internal ImmutableArray<Diagnostic> ApplyStored(ImmutableArray<StoredEndpoint> next, Action<EndpointStore> write, string what,
        IReadOnlyDictionary<string, CompiledPolicy>? compiled = null)
    {
        var built = SnapshotBuilder.Build(Current.Config, [.. next.Select(s => s.Config)], _options.PolicyFactory, Current, compiled);
        if (built.Snapshot is not { } snapshot) return [.. built.Diagnostics.Where(d => d.IsError)];
        // Committed (on disk) before anything serves it or the client hears of it.
        write(_store!);
        _stored = next;
        Volatile.Write(ref _snapshot, snapshot);
        ForgetMetricsOfRemovedEndpoints(snapshot);
        _logger.LogInformation("admin API: {What}; {Endpoints} endpoint(s) serving", what, snapshot.Endpoints.All.Count);
        return [];
    }

    private void ForgetMetricsOfRemovedEndpoints(ProxySnapshot serving) =>
        Metrics.ForgetEndpointsExcept(serving.Endpoints.All.Select(e => e.Name).ToHashSet(StringComparer.Ordinal));

    private IReadOnlyList<EndpointConfig> StoredConfigs() => [.. _stored.Select(s => s.Config)];

    /// <summary>Opens the store and loads its endpoints; false (and a diagnostic) when it cannot be used.</summary>
    private bool OpenStore(ProxyConfig config, List<Diagnostic> diagnostics)
    {
        if (StorePath(config) is not { } path) return true;
        var at = SourceLocation.File(_source.Path);
        try
        {
            _store = EndpointStore.Open(path);
            var problems = new List<string>();
            _stored = [.. _store.LoadAll(problems)];
            diagnostics.AddRange(problems.Select(p => ProxyDiagnostics.Error(ProxyDiagnostics.InvalidConfig, at, $"store '{path}': {p}")));
            if (problems.Count == 0) return true;
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            diagnostics.Add(ProxyDiagnostics.Error(ProxyDiagnostics.FileNotReadable, at, $"store '{path}' cannot be used: {e.Message}"));
        }
        CloseStore();
        return false;
    }

    private void CloseStore()
    {
        _store?.Dispose();
        _store = null;
    }

    /// <summary>Starts the admin API when the config asks for it; false (and a diagnostic) when it cannot listen.</summary>
    private async Task<bool> StartAdminAsync(ProxyConfig config, List<Diagnostic> diagnostics)
    {
        if (config.Admin is not { } admin) return true;
        try
        {
            _admin = await AdminServer.StartAsync(this, admin, _loggerFactory).ConfigureAwait(false);
            _logger.LogInformation("admin API listening on http://{Admin}{Auth}", _admin.EndPoint, string.IsNullOrEmpty(admin.Token) ? "" : " (bearer token required)");
            return true;
        }
        catch (IOException e)
        {
            diagnostics.Add(ProxyDiagnostics.Error(ProxyDiagnostics.InvalidConfig, admin.Location, $"admin.listen: cannot listen on {admin.Listen}: {e.Message}"));
            return false;
        }
    }

    private async Task StopAdminAsync()
    {
        if (Interlocked.Exchange(ref _admin, null) is { } admin) await admin.DisposeAsync().ConfigureAwait(false);
    }

    private void WarnAboutRestartOnlySettings(ProxyConfig old, ProxyConfig next)
    {
        if (old.Admin?.Listen != next.Admin?.Listen || old.Admin?.Token != next.Admin?.Token || StorePath(old) != StorePath(next))
            _logger.LogWarning("the admin or store settings changed; they take effect after a restart");
    }
}
