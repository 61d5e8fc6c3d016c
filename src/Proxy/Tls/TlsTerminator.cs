using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Policy.Runtime.Traffic;

namespace Policy.Proxy.Tls;

/// <summary>
/// Terminates TLS on a client connection with <see cref="SslStream"/>. Session resumption is
/// never offered: <c>conn.tls.session_resumed</c> is documented as always false, and a resumed
/// session would skip the client-certificate check of an endpoint whose mutual TLS differs from
/// the one that issued the ticket (CVE-2025-23419, CVE-2022-21654).
/// </summary>
public static class TlsTerminator
{
    /// <summary>Runs the server handshake over <paramref name="transport"/> (which replays the ClientHello first).</summary>
    public static async Task<TlsHandshakeResult> AcceptAsync(Stream transport, TlsServerSettings settings, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var mtls = settings.ClientCertificates;
        var options = new SslServerAuthenticationOptions
        {
            ServerCertificateContext = settings.Certificate.Context,
            EnabledSslProtocols = settings.Protocols,
            AllowTlsResume = false,
            AllowRenegotiation = false,
            CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
            ClientCertificateRequired = mtls is not null,
            EncryptionPolicy = EncryptionPolicy.RequireEncryption,
        };
        if (mtls is not null)
        {
            options.CertificateChainPolicy = mtls.ChainPolicy();
            options.RemoteCertificateValidationCallback = (_, certificate, _, errors) => mtls.Accept(certificate, errors);
        }
        var ssl = new SslStream(transport, leaveInnerStreamOpen: true);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await ssl.AuthenticateAsServerAsync(options, deadline.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is AuthenticationException or IOException or OperationCanceledException or ObjectDisposedException or System.ComponentModel.Win32Exception)
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            var reason = e is OperationCanceledException && !cancellationToken.IsCancellationRequested
                ? $"the TLS handshake did not finish within {timeout.TotalSeconds:0.###}s"
                : Describe(e);
            return new TlsHandshakeResult(null, null, reason);
        }
        return new TlsHandshakeResult(ssl, Describe(ssl, settings.Certificate), null);
    }

    /// <summary>The <c>conn.tls.*</c> view of a completed handshake.</summary>
    public static TlsState Describe(SslStream ssl, ServerCertificate? server)
    {
        var state = new TlsState
        {
            Sni = ssl.TargetHostName ?? "",
            Version = TlsNames.Version(ssl.SslProtocol),
            CipherSuite = ssl.NegotiatedCipherSuite.ToString(),
            NegotiatedAlpn = ssl.NegotiatedApplicationProtocol.Protocol.IsEmpty ? "" : ssl.NegotiatedApplicationProtocol.ToString(),
            Server = server?.Info,
        };
        if (ssl.RemoteCertificate is { } remote)
        {
            // The handshake owns RemoteCertificate; copy it so the policy's view outlives the stream.
            state.Client = new CertificateInfo(new X509Certificate2(remote));
        }
        return state;
    }

    private static string Describe(Exception e)
    {
        var message = e.Message.TrimEnd('.');
        return e.InnerException is { } inner ? $"{message}: {inner.Message.TrimEnd('.')}" : message;
    }
}
