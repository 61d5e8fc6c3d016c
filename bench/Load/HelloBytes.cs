using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using Policy.Proxy.ClientHello;

namespace Policy.Benchmarks.Load;

/// <summary>A real ClientHello (from SslStream) naming the benchmark host, for raw clients that only need to be routed.</summary>
public static class HelloBytes
{
    /// <summary>Captures the ClientHello an SslStream client sends for <paramref name="serverName"/>.</summary>
    public static async Task<byte[]> CaptureAsync(string serverName)
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(1);
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await client.ConnectAsync(listener.LocalEndPoint!);
        using var server = await listener.AcceptAsync();
        var ssl = new SslStream(new NetworkStream(client, ownsSocket: false));
        var handshake = ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = serverName, RemoteCertificateValidationCallback = (_, _, _, _) => true });
        using var hello = await ClientHelloReader.ReadAsync(server, ClientHelloLimits.Default);
        server.Close();
        try
        {
            await handshake;
        }
        catch (Exception e) when (e is IOException or System.Security.Authentication.AuthenticationException)
        {
            // Expected: the "server" hung up after the hello.
        }
        return hello.Bytes[..hello.HelloLength].ToArray();
    }
}
