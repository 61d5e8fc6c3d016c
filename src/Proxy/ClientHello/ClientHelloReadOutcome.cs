namespace Policy.Proxy.ClientHello;

/// <summary>How <see cref="ClientHelloReader.ReadAsync"/> ended.</summary>
public enum ClientHelloReadOutcome
{
    /// <summary>A whole, well-formed ClientHello was read.</summary>
    Complete,

    /// <summary>The client did not start with a TLS handshake record (decided on the first byte or two).</summary>
    NotTls,

    /// <summary>The bytes break the record or ClientHello syntax; see <see cref="ClientHelloReadResult.Reason"/>.</summary>
    Invalid,

    /// <summary>The ClientHello would exceed <see cref="ClientHelloLimits.MaxBytes"/>.</summary>
    TooLarge,

    /// <summary>No decision within <see cref="ClientHelloLimits.Timeout"/> (silent or slow client).</summary>
    Timeout,

    /// <summary>The client closed or reset the connection before a decision; see <see cref="ClientHelloReadResult.Reason"/>.</summary>
    ClientClosed,
}
