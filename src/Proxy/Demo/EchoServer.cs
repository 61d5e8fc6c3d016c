using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using Policy.Proxy.Tls;

namespace Policy.Proxy.Demo;

/// <summary>
/// A TLS echo service on loopback: the demo's upstream. It terminates TLS with its own generated
/// certificate and sends back every byte it receives.
/// </summary>
public sealed class EchoServer : IAsyncDisposable
{
    private readonly Socket _listener;
    private readonly ServerCertificate _certificate;
    private readonly Task _loop;

    private EchoServer(Socket listener, ServerCertificate certificate)
    {
        _listener = listener;
        _certificate = certificate;
        _loop = Task.Run(AcceptLoopAsync);
    }

    /// <summary>The address it listens on.</summary>
    public IPEndPoint EndPoint => (IPEndPoint)_listener.LocalEndPoint!;

    /// <summary>The certificate it presents.</summary>
    public ServerCertificate Certificate => _certificate;

    /// <summary>Starts on 127.0.0.1 with an ephemeral port and a certificate for <paramref name="hostName"/>.</summary>
    public static EchoServer Start(string hostName)
    {
        var certificate = ServerCertificate.FromCertificate(SelfSignedCertificates.Generate(hostName));
        var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(512);
        return new EchoServer(listener, certificate);
    }

    private async Task AcceptLoopAsync()
    {
        while (true)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                return;
            }
            _ = EchoAsync(client);
        }
    }

    private async Task EchoAsync(Socket client)
    {
        client.NoDelay = true;
        await using var ssl = new SslStream(new NetworkStream(client, ownsSocket: true));
        try
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificateContext = _certificate.Context }, deadline.Token).ConfigureAwait(false);
            var buffer = new byte[4096];
            while (true)
            {
                var n = await ssl.ReadAsync(buffer).ConfigureAwait(false);
                if (n == 0) break;
                await ssl.WriteAsync(buffer.AsMemory(0, n)).ConfigureAwait(false);
            }
            await ssl.ShutdownAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or AuthenticationException or OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // The demo client went away; nothing to do.
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        _listener.Dispose();
        await _loop.ConfigureAwait(false);
    }
}
