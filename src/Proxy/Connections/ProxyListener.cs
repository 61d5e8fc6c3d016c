using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace Policy.Proxy.Connections;

/// <summary>
/// A listening socket and its accept loop. Each accepted socket is handed to the thread pool, so
/// that a slow connection start never holds up the next accept.
/// </summary>
public sealed class ProxyListener : IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly Action<Socket> _onAccept;
    private readonly ILogger _logger;
    private Task _loop = Task.CompletedTask;

    /// <summary>Binds <paramref name="endPoint"/> (an IPv6 any-address also accepts IPv4).</summary>
    public ProxyListener(string name, IPEndPoint endPoint, Action<Socket> onAccept, ILogger logger)
    {
        Name = name;
        _onAccept = onAccept;
        _logger = logger;
        _socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            if (endPoint.Address.Equals(IPAddress.IPv6Any)) _socket.DualMode = true;
            _socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            _socket.Bind(endPoint);
            _socket.Listen(4096);
        }
        catch
        {
            _socket.Dispose();
            throw;
        }
        LocalEndPoint = (IPEndPoint)_socket.LocalEndPoint!;
    }

    /// <summary>The address as configured.</summary>
    public string Name { get; }

    /// <summary>The bound address (with the actual port when 0 was configured).</summary>
    public IPEndPoint LocalEndPoint { get; }

    /// <summary>Starts accepting.</summary>
    public void Start() => _loop = Task.Run(AcceptLoopAsync);

    private async Task AcceptLoopAsync()
    {
        while (true)
        {
            Socket client;
            try
            {
                client = await _socket.AcceptAsync().ConfigureAwait(false);
            }
            catch (ObjectDisposedException)
            {
                return;
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.OperationAborted)
            {
                return;
            }
            catch (SocketException e)
            {
                // Out of file descriptors or a connection reset before accept: back off briefly, keep listening.
                _logger.LogWarning("accept on {Listener} failed: {Error}", LocalEndPoint, e.SocketErrorCode);
                await Task.Delay(50).ConfigureAwait(false);
                continue;
            }
            _onAccept(client);
        }
    }

    /// <summary>Stops accepting; open connections are not touched.</summary>
    public async ValueTask DisposeAsync()
    {
        _socket.Dispose();
        await _loop.ConfigureAwait(false);
    }
}
