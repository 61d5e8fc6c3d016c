namespace Policy.Proxy.Forwarding;

/// <summary>
/// One side of a forwarded connection as the pump sees it: a plain socket, or a TLS stream over one.
/// </summary>
public abstract class Leg(ByteCounters? counters)
{
    /// <summary>
    /// The client's byte counts when this leg moves the client's raw bytes (the client socket in
    /// pass-through); null otherwise. The pump counts what it reads from and writes to the leg.
    /// </summary>
    public ByteCounters? Counters { get; } = counters;

    /// <summary>Reads into <paramref name="buffer"/>; 0 means the peer finished sending. An empty buffer waits for data without consuming it.</summary>
    public abstract ValueTask<int> ReadAsync(Memory<byte> buffer);

    /// <summary>Writes all of <paramref name="data"/>.</summary>
    public abstract ValueTask WriteAsync(ReadOnlyMemory<byte> data);

    /// <summary>Tells the peer nothing more will be sent (TCP FIN; TLS close_notify first), keeping the read side open.</summary>
    public abstract ValueTask ShutdownSendAsync();

    /// <summary>
    /// Drops the leg's reference to the last buffer it sent from, so that a pooled buffer is not kept
    /// alive by an idle connection (the socket's cached send operation holds on to its last buffer).
    /// </summary>
    public abstract ValueTask ForgetSendBufferAsync();

    /// <summary>True when more bytes can be read at once without waiting.</summary>
    public abstract bool HasPendingData { get; }

    /// <summary>Closes the leg at once; pending operations fail.</summary>
    public abstract void Abort();
}
