using System.Net;
using System.Net.Sockets;
using Policy.Proxy.Configuration;

namespace Policy.Proxy.Forwarding;

/// <summary>Connects to an upstream within the connect timeout, with TCP_NODELAY set.</summary>
public static class UpstreamDialer
{
    /// <summary>Connects; returns the socket, or null and why not.</summary>
    public static async Task<(Socket? Socket, string? Error)> ConnectAsync(HostPort address, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Socket socket;
        EndPoint endPoint;
        if (address.Address is { } ip)
        {
            socket = new Socket(ip.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            endPoint = new IPEndPoint(ip, address.Port);
        }
        else
        {
            socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
            endPoint = new DnsEndPoint(address.Host, address.Port);
        }
        socket.NoDelay = true;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await socket.ConnectAsync(endPoint, deadline.Token).ConfigureAwait(false);
            return (socket, null);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            socket.Dispose();
            var reason = e switch
            {
                OperationCanceledException when !cancellationToken.IsCancellationRequested => $"no connection within {timeout.TotalSeconds:0.###}s",
                SocketException s => $"{s.SocketErrorCode}: {s.Message}",
                _ => e.Message,
            };
            return (null, $"cannot connect to upstream {address}: {reason}");
        }
    }
}
