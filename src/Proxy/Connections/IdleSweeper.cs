namespace Policy.Proxy.Connections;

/// <summary>
/// Enforces the idle timeouts of forwarded connections with one timer for the whole process: it
/// looks at every open connection's activity clocks a few times per timeout period, instead of
/// every connection holding (and resetting on every read) a timer of its own.
/// </summary>
public sealed class IdleSweeper : IDisposable
{
    private readonly ConnectionRegistry _registry;
    private readonly Timer _timer;
    private int _running;

    /// <summary>Starts sweeping every <paramref name="period"/>.</summary>
    public IdleSweeper(ConnectionRegistry registry, TimeSpan period)
    {
        _registry = registry;
        _timer = new Timer(_ => Sweep(), null, period, period);
    }

    /// <summary>The sweep period for idle timeouts: a quarter of the shortest, between 10 ms and 1 s.</summary>
    public static TimeSpan PeriodFor(TimeSpan clientIdle, TimeSpan serverIdle)
    {
        var shortest = clientIdle < serverIdle ? clientIdle : serverIdle;
        var quarter = shortest / 4;
        return quarter < TimeSpan.FromMilliseconds(10) ? TimeSpan.FromMilliseconds(10) : quarter > TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : quarter;
    }

    /// <summary>Changes the period (after a reload changed the timeouts).</summary>
    public void ChangePeriod(TimeSpan period) => _timer.Change(period, period);

    private void Sweep()
    {
        // A slow sweep must not overlap the next one.
        if (Interlocked.Exchange(ref _running, 1) == 1) return;
        try
        {
            var now = Environment.TickCount64;
            foreach (var session in _registry.Open) session.CheckIdle(now);
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _timer.Dispose();
}
