using Microsoft.Extensions.Logging;
using Policy.Proxy.Connections;

namespace Policy.Proxy.Hosting;

public sealed partial class ProxyServer
{
    /// <summary>
    /// Reads and compiles the configuration again. On success new connections use it (changed
    /// policies recompiled, listeners opened or closed as needed); on any error the old
    /// configuration keeps serving and the errors are logged. Open connections are never touched.
    /// </summary>
    public async Task<bool> ReloadAsync(string trigger)
    {
        if (Volatile.Read(ref _stopping) != 0 || _snapshot is null) return false;
        await _reloadLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_source.Path is null)
            {
                _logger.LogInformation("reload ({Trigger}) ignored: the demo has no config file", trigger);
                return false;
            }
            var (config, readDiagnostics) = _source.Load();
            var built = config is null ? null : SnapshotBuilder.Build(config, StoredConfigs(), _options.PolicyFactory, _snapshot);
            LastDiagnostics = built is null ? readDiagnostics : readDiagnostics.AddRange(built.Diagnostics);
            Metrics.Reloaded(built?.Snapshot is not null);
            if (built?.Snapshot is not { } snapshot)
            {
                foreach (var d in LastDiagnostics.Where(d => d.IsError)) _logger.LogError("{Diagnostic}", d.ToString());
                _logger.LogError("reload ({Trigger}) failed; the previous configuration keeps serving", trigger);
                return false;
            }
            foreach (var d in LastDiagnostics) _logger.LogWarning("{Diagnostic}", d.ToString());
            ReconcileListeners(snapshot);
            var old = _snapshot;
            Volatile.Write(ref _snapshot, snapshot);
            ForgetMetricsOfRemovedEndpoints(snapshot);
            if (old.Config.Events != snapshot.Config.Events)
                _logger.LogWarning("the events target changed; the new one takes effect after a restart");
            WarnAboutRestartOnlySettings(old.Config, snapshot.Config);
            _sweeper?.ChangePeriod(IdleSweeper.PeriodFor(snapshot.Limits.ClientIdleTimeout, snapshot.Limits.ServerIdleTimeout));
            Watch(snapshot.Config);
            ReloadCount++;
            _logger.LogInformation("reloaded ({Trigger}): {Endpoints} endpoint(s), {Compiled} polic(ies) recompiled, {Reused} unchanged",
                trigger, snapshot.Endpoints.All.Count, built.Compiled, built.Reused);
            return true;
        }
        finally
        {
            _reloadLock.Release();
        }
    }

    private void ReconcileListeners(ProxySnapshot snapshot)
    {
        var wanted = snapshot.Config.Listen.ToDictionary(l => l.Text, StringComparer.Ordinal);
        List<ProxyListener> removed;
        lock (_listeners)
        {
            removed = [.. _listeners.Where(kv => !wanted.ContainsKey(kv.Key)).Select(kv => kv.Value)];
            foreach (var l in removed) _listeners.Remove(l.Name);
        }
        foreach (var l in removed)
        {
            _logger.LogInformation("stopped listening on {Listener}", l.LocalEndPoint);
            _ = l.DisposeAsync().AsTask();
        }
        foreach (var (name, address) in wanted)
        {
            bool present;
            lock (_listeners) present = _listeners.ContainsKey(name);
            if (present) continue;
            try
            {
                OpenListener(name, address.EndPoint);
                _logger.LogInformation("listening on {Listener}", address.EndPoint);
            }
            catch (System.Net.Sockets.SocketException e)
            {
                _logger.LogError("cannot listen on {Listener}: {Error}", name, e.Message);
            }
        }
    }

    /// <summary>
    /// Graceful shutdown: stop accepting, let open connections finish for up to
    /// <paramref name="drainTimeout"/> (the config's <c>drain_timeout</c> when null), close the rest,
    /// and write every pending event.
    /// </summary>
    public async Task StopAsync(TimeSpan? drainTimeout = null)
    {
        if (Interlocked.Exchange(ref _stopping, 1) != 0) return;
        _watcher?.Dispose();
        List<ProxyListener> listeners;
        lock (_listeners)
        {
            listeners = [.. _listeners.Values];
            _listeners.Clear();
        }
        foreach (var l in listeners) await l.DisposeAsync().ConfigureAwait(false);
        await StopAdminAsync().ConfigureAwait(false);
        var drain = drainTimeout ?? _snapshot?.Limits.DrainTimeout ?? TimeSpan.Zero;
        if (Connections.Count > 0)
        {
            _logger.LogInformation("stopped accepting; waiting up to {Seconds:0.###}s for {Count} open connection(s)", drain.TotalSeconds, Connections.Count);
            if (!await Connections.WaitForEmptyAsync(drain).ConfigureAwait(false))
            {
                _logger.LogInformation("closing {Count} connection(s) still open", Connections.Count);
                Connections.AbortAll(CloseReasons.Shutdown);
                await Connections.WaitForEmptyAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            }
        }
        _sweeper?.Dispose();
        _trimmer?.Dispose();
        await _events.DisposeAsync().ConfigureAwait(false);
        // Under the configuration lock: an admin API change in progress finishes its commit first.
        await _reloadLock.WaitAsync().ConfigureAwait(false);
        CloseStore();
        _reloadLock.Release();
        _logger.LogInformation("policy-proxy stopped");
    }
}
