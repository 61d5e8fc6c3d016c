using System.Collections.Concurrent;
using Policy.Proxy.Admin.Metrics;

namespace Policy.Proxy.Connections;

/// <summary>The open connections: counted for <c>max_connections</c>, swept for idleness, drained and aborted at shutdown.</summary>
public sealed class ConnectionRegistry
{
    private readonly ConcurrentDictionary<long, ConnectionSession> _open = new();
    private int _count;

    /// <summary>Connections open now.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The open connections (a moment's view).</summary>
    public IEnumerable<ConnectionSession> Open => _open.Values;

    /// <summary>Adds a connection unless <paramref name="max"/> are already open.</summary>
    public bool TryAdd(ConnectionSession session, int max)
    {
        if (Interlocked.Increment(ref _count) > max)
        {
            Interlocked.Decrement(ref _count);
            return false;
        }
        _open[session.Id] = session;
        return true;
    }

    /// <summary>Removes a closed connection.</summary>
    public void Remove(ConnectionSession session)
    {
        if (_open.TryRemove(session.Id, out _)) Interlocked.Decrement(ref _count);
    }

    /// <summary>Adds the bytes each open connection moved since its last report to <paramref name="metrics"/> (at scrape time).</summary>
    public void ReportBytes(ProxyMetrics metrics)
    {
        foreach (var session in _open.Values) session.ReportBytes(metrics);
    }

    /// <summary>Closes every open connection with <paramref name="reason"/>.</summary>
    public void AbortAll(string reason)
    {
        foreach (var session in _open.Values) session.Abort(reason);
    }

    /// <summary>Waits until no connection is open, at most <paramref name="timeout"/>; true when none is left.</summary>
    public async Task<bool> WaitForEmptyAsync(TimeSpan timeout)
    {
        var deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        while (Count > 0)
        {
            if (Environment.TickCount64 >= deadline) return false;
            await Task.Delay(20).ConfigureAwait(false);
        }
        return true;
    }
}
