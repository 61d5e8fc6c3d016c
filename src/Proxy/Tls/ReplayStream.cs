using System.Net.Sockets;
using Policy.Proxy.ClientHello;
using Policy.Proxy.Forwarding;

namespace Policy.Proxy.Tls;

/// <summary>
/// The client's socket as a stream for <see cref="System.Net.Security.SslStream"/>: it first yields
/// the bytes already read while looking at the ClientHello, then reads the socket. It counts the
/// bytes it moves and returns the ClientHello buffer to the pool once replayed. It never closes the
/// socket (the connection owns it).
/// </summary>
public sealed class ReplayStream(Socket socket, ClientHelloReadResult? replay, ByteCounters counters) : Stream
{
    private ClientHelloReadResult? _replay = replay is { BytesRead: > 0 } ? replay : null;
    private int _offset;

    /// <inheritdoc/>
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_replay is { } replay)
        {
            // Buffered bytes are data available now: a zero-byte read completes at once.
            if (buffer.IsEmpty) return 0;
            var left = replay.Bytes[_offset..];
            var n = Math.Min(left.Length, buffer.Length);
            left[..n].CopyTo(buffer);
            _offset += n;
            if (_offset == replay.BytesRead)
            {
                _replay = null;
                replay.Dispose();
            }
            return n;
        }
        var read = await socket.ReceiveAsync(buffer, SocketFlags.None, cancellationToken).ConfigureAwait(false);
        counters.AddIn(read);
        return read;
    }

    /// <inheritdoc/>
    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (!buffer.IsEmpty)
        {
            var n = await socket.SendAsync(buffer, SocketFlags.None, cancellationToken).ConfigureAwait(false);
            counters.AddOut(n);
            buffer = buffer[n..];
        }
    }

    /// <inheritdoc/>
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc/>
    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public override bool CanRead => true;

    /// <inheritdoc/>
    public override bool CanWrite => true;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing) Interlocked.Exchange(ref _replay, null)?.Dispose();
        base.Dispose(disposing);
    }
}
