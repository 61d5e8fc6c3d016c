namespace Policy.Proxy.Tls;

/// <summary>How a terminating handshake treats client certificates (terminate-tls <c>mutual_tls_verification_strategy</c>).</summary>
public enum ClientCertificateMode
{
    /// <summary>No client certificate is asked for.</summary>
    None,
    /// <summary><c>require-and-verify</c>: the client must present a certificate that chains to one of the CAs.</summary>
    RequireAndVerify,
    /// <summary><c>require-any</c>: the client must present a certificate; it is not verified.</summary>
    RequireAny,
    /// <summary><c>request</c>: a certificate is asked for but not required, and not verified.</summary>
    Request,
}
