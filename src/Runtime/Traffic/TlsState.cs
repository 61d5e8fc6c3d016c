namespace Policy.Runtime.Traffic;

/// <summary>
/// What is known about a connection's TLS: from the ClientHello in pass-through (SNI, JA4), and
/// after termination also the negotiated version, cipher, ALPN and certificates.
/// </summary>
public sealed class TlsState
{
    /// <summary><c>conn.tls.sni</c>.</summary>
    public string Sni { get; set; } = "";
    /// <summary><c>conn.tls.version</c>, e.g. <c>1.3</c>; empty until TLS is terminated.</summary>
    public string Version { get; set; } = "";
    /// <summary><c>conn.tls.cipher_suite</c>; empty until TLS is terminated.</summary>
    public string CipherSuite { get; set; } = "";
    /// <summary><c>conn.tls.ja4_fingerprint</c>.</summary>
    public string Ja4Fingerprint { get; set; } = "";
    /// <summary><c>conn.tls.negotiated_alpn</c>; empty when none.</summary>
    public string NegotiatedAlpn { get; set; } = "";
    /// <summary><c>conn.tls.session_resumed</c>: always false (resumption is not offered).</summary>
    public bool SessionResumed { get; set; }
    /// <summary>The client certificate, after mutual TLS.</summary>
    public CertificateInfo? Client { get; set; }
    /// <summary>The certificate this proxy presented, after termination.</summary>
    public CertificateInfo? Server { get; set; }
}
