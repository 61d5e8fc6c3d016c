using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace Policy.Proxy.Tests.Support;

/// <summary>A .NET TLS client (SslStream) for loopback tests.</summary>
internal static class TlsClient
{
    /// <summary>Connects to 127.0.0.1:<paramref name="port"/> and runs a TLS handshake with SNI <paramref name="sni"/>; the certificate is not verified.</summary>
    public static async Task<SslStream> ConnectAsync(int port, string sni, X509Certificate2? clientCertificate = null,
        SslProtocols protocols = SslProtocols.None, TimeSpan? timeout = null)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port));
        var ssl = new SslStream(new NetworkStream(socket, ownsSocket: true));
        var options = new SslClientAuthenticationOptions
        {
            TargetHost = sni,
            EnabledSslProtocols = protocols,
            RemoteCertificateValidationCallback = (_, _, _, _) => true,
        };
        if (clientCertificate is not null)
        {
            options.ClientCertificates = [clientCertificate];
            options.LocalCertificateSelectionCallback = (_, _, _, _, _) => clientCertificate;
        }
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(5));
        try
        {
            await ssl.AuthenticateAsClientAsync(options, cts.Token);
        }
        catch
        {
            await ssl.DisposeAsync();
            throw;
        }
        return ssl;
    }

    /// <summary>Writes <paramref name="text"/> and reads the same number of bytes back.</summary>
    public static async Task<string> EchoAsync(Stream stream, string text)
    {
        var data = System.Text.Encoding.UTF8.GetBytes(text);
        await stream.WriteAsync(data);
        await stream.FlushAsync();
        var back = new byte[data.Length];
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await stream.ReadExactlyAsync(back, cts.Token);
        return System.Text.Encoding.UTF8.GetString(back);
    }

    /// <summary>True when the peer closes or resets the stream within <paramref name="timeout"/> (a read returns 0 or fails).</summary>
    public static async Task<bool> IsClosedAsync(Stream stream, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(5));
        try
        {
            var buffer = new byte[1];
            return await stream.ReadAsync(buffer, cts.Token) == 0;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        catch (Exception e) when (e is IOException or AuthenticationException or SocketException)
        {
            return true;
        }
    }
}
