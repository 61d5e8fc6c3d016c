using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;

namespace Policy.Proxy.Tls;

/// <summary>
/// Re-encrypts to a <c>tls://</c> upstream after termination here. Like ngrok's agent by default,
/// the upstream's certificate is not verified (the upstream is usually a local service with a
/// private certificate); the SNI sent is the upstream's host name, or the client's SNI when the
/// upstream is given by address.
/// </summary>
public static class UpstreamTls
{
    /// <summary>Runs the client handshake on a connected upstream socket; null and a reason on failure.</summary>
    public static async Task<(SslStream? Stream, string? Error)> ConnectAsync(Socket socket, string upstreamHost, string clientSni, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var ssl = new SslStream(new NetworkStream(socket, ownsSocket: false), leaveInnerStreamOpen: false);
        var options = new SslClientAuthenticationOptions
        {
            TargetHost = IPAddress.TryParse(upstreamHost, out _) ? clientSni : upstreamHost,
            EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
            RemoteCertificateValidationCallback = (_, _, _, _) => true,
        };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await ssl.AuthenticateAsClientAsync(options, deadline.Token).ConfigureAwait(false);
            return (ssl, null);
        }
        catch (Exception e) when (e is AuthenticationException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            return (null, e is OperationCanceledException ? "the upstream TLS handshake timed out" : e.Message.TrimEnd('.'));
        }
    }
}
