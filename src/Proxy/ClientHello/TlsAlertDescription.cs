namespace Policy.Proxy.ClientHello;

/// <summary>TLS alert descriptions (RFC 8446 §6) a proxy may send when it refuses a ClientHello.</summary>
public enum TlsAlertDescription : byte
{
    /// <summary>A message arrived that was not expected (e.g. no ClientHello first).</summary>
    UnexpectedMessage = 10,

    /// <summary>A record was longer than allowed.</summary>
    RecordOverflow = 22,

    /// <summary>No acceptable set of security parameters; the generic refusal.</summary>
    HandshakeFailure = 40,

    /// <summary>A field was out of range or inconsistent.</summary>
    IllegalParameter = 47,

    /// <summary>Access denied by policy (e.g. IP restriction).</summary>
    AccessDenied = 49,

    /// <summary>A message could not be decoded.</summary>
    DecodeError = 50,

    /// <summary>The client offered only versions the server does not support.</summary>
    ProtocolVersion = 70,

    /// <summary>An internal error unrelated to the peer.</summary>
    InternalError = 80,

    /// <summary>No endpoint for the requested server name (RFC 6066 §3).</summary>
    UnrecognizedName = 112,

    /// <summary>None of the client's ALPN protocols is supported (RFC 7301).</summary>
    NoApplicationProtocol = 120,
}
