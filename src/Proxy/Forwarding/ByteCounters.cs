namespace Policy.Proxy.Forwarding;

/// <summary>
/// Bytes read from and written to the client's socket (<c>conn.bytes_in</c> / <c>bytes_out</c>),
/// counted where the socket is touched: by the pump in pass-through, by the TLS transport when TLS
/// is terminated (so TLS framing counts, as it does on the wire). Each counter has one writer.
/// </summary>
public sealed class ByteCounters
{
    private long _in;
    private long _out;

    /// <summary>Bytes received from the client.</summary>
    public long In => Volatile.Read(ref _in);

    /// <summary>Bytes sent to the client.</summary>
    public long Out => Volatile.Read(ref _out);

    /// <summary>Counts received bytes.</summary>
    public void AddIn(long n) => Volatile.Write(ref _in, _in + n);

    /// <summary>Counts sent bytes.</summary>
    public void AddOut(long n) => Volatile.Write(ref _out, _out + n);
}
