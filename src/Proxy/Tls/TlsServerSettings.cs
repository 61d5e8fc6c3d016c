using System.Security.Authentication;

namespace Policy.Proxy.Tls;

/// <summary>What a terminating handshake uses: the certificate, the allowed versions, and mutual TLS (null for none).</summary>
public sealed record TlsServerSettings(ServerCertificate Certificate, SslProtocols Protocols, ClientCertificatePolicy? ClientCertificates);
