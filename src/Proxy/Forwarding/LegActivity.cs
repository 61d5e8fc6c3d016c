namespace Policy.Proxy.Forwarding;

/// <summary>
/// When bytes last moved on each leg of a forwarded connection (milliseconds of
/// <see cref="Environment.TickCount64"/>). The idle sweeper reads these; no timer per connection.
/// </summary>
public sealed class LegActivity
{
    private long _client = Environment.TickCount64;
    private long _upstream = Environment.TickCount64;

    /// <summary>Last time bytes were read from or written to the client.</summary>
    public long Client => Volatile.Read(ref _client);

    /// <summary>Last time bytes were read from or written to the upstream.</summary>
    public long Upstream => Volatile.Read(ref _upstream);

    /// <summary>Both legs moved bytes now (a chunk read on one leg is written to the other).</summary>
    public void Touch()
    {
        var now = Environment.TickCount64;
        Volatile.Write(ref _client, now);
        Volatile.Write(ref _upstream, now);
    }

    /// <summary>Restarts both clocks (when forwarding begins).</summary>
    public void Reset() => Touch();
}
