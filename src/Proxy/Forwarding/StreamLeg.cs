using System.Net.Security;
using System.Net.Sockets;

namespace Policy.Proxy.Forwarding;

/// <summary>A leg over a stream (a TLS stream this proxy terminated or opened) on a socket.</summary>
public sealed class StreamLeg(Stream stream, Socket socket) : Leg(null)
{
    /// <inheritdoc/>
    public override ValueTask<int> ReadAsync(Memory<byte> buffer) => stream.ReadAsync(buffer);

    /// <inheritdoc/>
    public override ValueTask WriteAsync(ReadOnlyMemory<byte> data) => stream.WriteAsync(data);

    /// <inheritdoc/>
    public override async ValueTask ShutdownSendAsync()
    {
        if (stream is SslStream ssl) await ssl.ShutdownAsync().ConfigureAwait(false);
        socket.Shutdown(SocketShutdown.Send);
    }

    /// <inheritdoc/>
    public override ValueTask ForgetSendBufferAsync() => ValueTask.CompletedTask;

    /// <inheritdoc/>
    public override bool HasPendingData => false;

    /// <inheritdoc/>
    public override void Abort()
    {
        socket.Dispose();
        stream.Dispose();
    }
}
