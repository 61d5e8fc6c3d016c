using System.Buffers;

namespace Policy.Proxy.ClientHello;

/// <summary>
/// What <see cref="ClientHelloReader.ReadAsync"/> read and decided. It owns a pooled buffer
/// holding the exact bytes read, which a pass-through proxy replays to the upstream; dispose the
/// result once those bytes are sent (or not needed) to return the buffer to the pool.
/// </summary>
public sealed class ClientHelloReadResult : IDisposable
{
    private byte[]? _buffer;
    private readonly int _length;

    internal ClientHelloReadResult(ClientHelloReadOutcome outcome, string? reason, ClientHelloInfo? info,
        int helloLength, byte[]? buffer, int length, TimeSpan elapsed)
    {
        Outcome = outcome;
        Reason = reason;
        Info = info;
        HelloLength = helloLength;
        _buffer = buffer;
        _length = length;
        Elapsed = elapsed;
    }

    /// <summary>How reading ended.</summary>
    public ClientHelloReadOutcome Outcome { get; }

    /// <summary>
    /// For Invalid: a <see cref="ClientHelloReasons"/> value; for ClientClosed: "eof" or the socket
    /// error name (for example "ConnectionReset"); otherwise null.
    /// </summary>
    public string? Reason { get; }

    /// <summary>The parsed ClientHello when <see cref="Outcome"/> is Complete; otherwise null.</summary>
    public ClientHelloInfo? Info { get; }

    /// <summary>For Complete: bytes up to the end of the record that completed the ClientHello. Zero otherwise.</summary>
    public int HelloLength { get; }

    /// <summary>How many bytes were read from the socket (may exceed <see cref="HelloLength"/>, e.g. early data).</summary>
    public int BytesRead => _length;

    /// <summary>Time spent reading.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>The exact bytes read, in order, to replay to the upstream. Valid until <see cref="Dispose"/>.</summary>
    /// <exception cref="ObjectDisposedException">The result was disposed.</exception>
    public ReadOnlyMemory<byte> Bytes
    {
        get
        {
            if (_length == 0)
            {
                return ReadOnlyMemory<byte>.Empty;
            }

            var buffer = _buffer;
            ObjectDisposedException.ThrowIf(buffer is null, this);
            return buffer.AsMemory(0, _length);
        }
    }

    /// <summary>Returns the buffer to the pool. <see cref="Bytes"/> must not be used afterwards.</summary>
    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, null);
        if (buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>A short description for logs and test failures.</summary>
    public override string ToString() => $"{Outcome}{(Reason is null ? "" : $"({Reason})")}, {BytesRead} bytes read in {Elapsed.TotalMilliseconds:0} ms";
}
