using System.Net;
using System.Net.Sockets;

namespace Policy.Proxy.Tests.Support;

/// <summary>A plain TCP client that sends exact bytes (a captured ClientHello, plain HTTP…) and reads what comes back.</summary>
internal sealed class RawClient : IDisposable
{
    private RawClient(Socket socket) => Socket = socket;

    public Socket Socket { get; }

    public static async Task<RawClient> ConnectAsync(int port)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port));
        return new RawClient(socket);
    }

    public async Task SendAsync(byte[] data)
    {
        var sent = 0;
        while (sent < data.Length) sent += await Socket.SendAsync(data.AsMemory(sent), SocketFlags.None);
    }

    /// <summary>Reads until the peer closes (or <paramref name="timeout"/>); returns the bytes and whether it closed.</summary>
    public async Task<(byte[] Data, bool Closed)> ReadToEndAsync(TimeSpan? timeout = null)
    {
        var all = new MemoryStream();
        var buffer = new byte[16 * 1024];
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(5));
        try
        {
            while (true)
            {
                var n = await Socket.ReceiveAsync(buffer, SocketFlags.None, cts.Token);
                if (n == 0) return (all.ToArray(), true);
                all.Write(buffer, 0, n);
            }
        }
        catch (OperationCanceledException)
        {
            return (all.ToArray(), false);
        }
        catch (SocketException)
        {
            return (all.ToArray(), true);
        }
    }

    /// <summary>Reads exactly <paramref name="count"/> bytes.</summary>
    public async Task<byte[]> ReadExactlyAsync(int count)
    {
        var buffer = new byte[count];
        var got = 0;
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        while (got < count)
        {
            var n = await Socket.ReceiveAsync(buffer.AsMemory(got), SocketFlags.None, cts.Token);
            if (n == 0) throw new EndOfStreamException($"closed after {got} of {count} bytes");
            got += n;
        }
        return buffer;
    }

    public void Dispose() => Socket.Dispose();
}
