using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace Policy.Proxy.Tests.Support;

/// <summary>
/// A plain TCP upstream on 127.0.0.1: each accepted connection is offered to the test, and in echo
/// mode it is also served: every received byte is recorded and sent back.
/// </summary>
internal sealed class RawUpstream : IAsyncDisposable
{
    private readonly Socket _listener;
    private readonly Channel<Socket> _accepted = Channel.CreateUnbounded<Socket>();
    private readonly Channel<byte[]> _received = Channel.CreateUnbounded<byte[]>();
    private readonly bool _echo;
    private readonly Task _loop;
    private int _count;

    private RawUpstream(bool echo)
    {
        _echo = echo;
        _listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(256);
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>An upstream that echoes and records.</summary>
    public static RawUpstream Echo() => new(echo: true);

    /// <summary>An upstream that only accepts; the test reads the sockets itself.</summary>
    public static RawUpstream Manual() => new(echo: false);

    public int Port => ((IPEndPoint)_listener.LocalEndPoint!).Port;

    /// <summary>Connections accepted so far.</summary>
    public int AcceptedCount => Volatile.Read(ref _count);

    private async Task LoopAsync()
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
            Interlocked.Increment(ref _count);
            if (_echo) _ = EchoAsync(s);
            else await _accepted.Writer.WriteAsync(s);
        }
    }

    private async Task EchoAsync(Socket s)
    {
        var all = new MemoryStream();
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var n = await s.ReceiveAsync(buffer, SocketFlags.None);
                if (n == 0) break;
                all.Write(buffer, 0, n);
                await s.SendAsync(buffer.AsMemory(0, n), SocketFlags.None);
            }
            s.Shutdown(SocketShutdown.Send);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
        }
        finally
        {
            s.Dispose();
            await _received.Writer.WriteAsync(all.ToArray());
        }
    }

    /// <summary>The next accepted socket (manual mode).</summary>
    public async Task<Socket> AcceptAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(5));
        return await _accepted.Reader.ReadAsync(cts.Token);
    }

    /// <summary>Everything one echoed connection received, once it closed (echo mode).</summary>
    public async Task<byte[]> ReceivedAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(5));
        return await _received.Reader.ReadAsync(cts.Token);
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Dispose();
        await _loop;
        while (_accepted.Reader.TryRead(out var s)) s.Dispose();
    }
}
