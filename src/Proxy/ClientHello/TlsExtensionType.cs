namespace Policy.Proxy.ClientHello;

/// <summary>TLS extension type code points this layer looks into (IANA "TLS ExtensionType Values").</summary>
public static class TlsExtensionType
{
    /// <summary>server_name (RFC 6066).</summary>
    public const ushort ServerName = 0x0000;

    /// <summary>supported_groups (RFC 8422 / RFC 8446).</summary>
    public const ushort SupportedGroups = 0x000A;

    /// <summary>signature_algorithms (RFC 8446).</summary>
    public const ushort SignatureAlgorithms = 0x000D;

    /// <summary>application_layer_protocol_negotiation (RFC 7301).</summary>
    public const ushort Alpn = 0x0010;

    /// <summary>padding (RFC 7685).</summary>
    public const ushort Padding = 0x0015;

    /// <summary>pre_shared_key (RFC 8446); must be the last extension.</summary>
    public const ushort PreSharedKey = 0x0029;

    /// <summary>early_data (RFC 8446).</summary>
    public const ushort EarlyData = 0x002A;

    /// <summary>supported_versions (RFC 8446).</summary>
    public const ushort SupportedVersions = 0x002B;

    /// <summary>key_share (RFC 8446).</summary>
    public const ushort KeyShare = 0x0033;

    /// <summary>encrypted_client_hello (RFC 9849 / draft-ietf-tls-esni).</summary>
    public const ushort EncryptedClientHello = 0xFE0D;
}
