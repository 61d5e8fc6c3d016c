using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace Policy.Benchmarks.Load;

/// <summary>
/// A plain TCP upstream for the throughput and latency runs. Each connection starts with the
/// ClientHello (skipped), then one command byte: <c>E</c> echoes, <c>U</c> reads to end of stream
/// and answers the byte count, <c>D</c> + 8-byte length sends that many bytes and closes.
/// </summary>
public sealed class RawUpstream : IAsyncDisposable
{
    private readonly Socket _listener = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
    private readonly int _helloLength;
    private readonly Task _loop;

    /// <summary>Starts on 127.0.0.1.</summary>
    public RawUpstream(int helloLength)
    {
        _helloLength = helloLength;
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(1024);
        _loop = Task.Run(AcceptAsync);
    }

    /// <summary>The port.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndPoint!).Port;

    private async Task AcceptAsync()
    {
        while (true)
        {
            Socket s;
            try
            {
                s = await _listener.AcceptAsync();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                return;
            }
            s.NoDelay = true;
            _ = ServeAsync(s);
        }
    }

    private async Task ServeAsync(Socket s)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            await ReadExactlyAsync(s, buffer.AsMemory(0, _helloLength + 1));
            switch ((char)buffer[_helloLength])
            {
                case 'E':
                    int n;
                    while ((n = await s.ReceiveAsync(buffer)) > 0) await s.SendAsync(buffer.AsMemory(0, n));
                    break;
                case 'U':
                    long total = 0;
                    while ((n = await s.ReceiveAsync(buffer)) > 0) total += n;
                    BinaryPrimitives.WriteInt64LittleEndian(buffer, total);
                    await s.SendAsync(buffer.AsMemory(0, 8));
                    break;
                case 'D':
                    await ReadExactlyAsync(s, buffer.AsMemory(0, 8));
                    var left = BinaryPrimitives.ReadInt64LittleEndian(buffer);
                    while (left > 0)
                    {
                        var chunk = (int)Math.Min(left, buffer.Length);
                        left -= await s.SendAsync(buffer.AsMemory(0, chunk));
                    }
                    break;
            }
            s.Shutdown(SocketShutdown.Send);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or EndOfStreamException)
        {
        }
        finally
        {
            s.Dispose();
        }
    }

    internal static async Task ReadExactlyAsync(Socket s, Memory<byte> into)
    {
        while (!into.IsEmpty)
        {
            var n = await s.ReceiveAsync(into);
            if (n == 0) throw new EndOfStreamException();
            into = into[n..];
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        _listener.Dispose();
        await _loop;
    }
}
