using System.Net.Sockets;
using System.Runtime.CompilerServices;

namespace Policy.Proxy.Forwarding;

/// <summary>A leg over a plain socket.</summary>
public sealed class SocketLeg(Socket socket, ByteCounters? counters = null) : Leg(counters)
{
    /// <summary>The socket.</summary>
    public Socket Socket { get; } = socket;

    /// <inheritdoc/>
    public override ValueTask<int> ReadAsync(Memory<byte> buffer) => Socket.ReceiveAsync(buffer, SocketFlags.None);

    /// <inheritdoc/>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> data)
    {
        while (!data.IsEmpty)
        {
            var n = await Socket.SendAsync(data, SocketFlags.None).ConfigureAwait(false);
            data = data[n..];
        }
    }

    /// <inheritdoc/>
    public override ValueTask ShutdownSendAsync()
    {
        Socket.Shutdown(SocketShutdown.Send);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public override async ValueTask ForgetSendBufferAsync() =>
        // A zero-length send completes at once and leaves the cached operation pointing at nothing.
        await Socket.SendAsync(ReadOnlyMemory<byte>.Empty, SocketFlags.None).ConfigureAwait(false);

    /// <inheritdoc/>
    public override bool HasPendingData => Socket.Available > 0;

    /// <inheritdoc/>
    public override void Abort() => Socket.Dispose();
}
