namespace Policy.Proxy.ClientHello;

/// <summary>What <see cref="ClientHelloParser"/> decided about the bytes a client sent first.</summary>
public enum ClientHelloStatus
{
    /// <summary>The bytes so far are a valid prefix of a ClientHello; read more and parse again.</summary>
    NeedMoreData,

    /// <summary>A whole, well-formed ClientHello was found.</summary>
    Complete,

    /// <summary>The first bytes are not a TLS handshake record (plain HTTP, SSH banner, PROXY header, ...).</summary>
    NotTls,

    /// <summary>The bytes look like TLS but break the record or ClientHello syntax; see the reason.</summary>
    Invalid,

    /// <summary>The ClientHello (with its record headers) would exceed the configured maximum size.</summary>
    TooLarge,
}
