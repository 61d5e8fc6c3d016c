using System.Collections.Immutable;

namespace Policy.Proxy.ClientHello;

/// <summary>
/// What a ClientHello says, copied out of the wire bytes (it holds no reference to the
/// connection's buffer). Lists keep the wire order and include GREASE values; the JA4 forms
/// drop GREASE as the JA4 specification requires.
/// </summary>
public sealed class ClientHelloInfo
{
    private string? _ja4;
    private string? _ja4Raw;

    internal ClientHelloInfo()
    {
    }

    /// <summary>legacy_version from the ClientHello body (0x0303 for TLS 1.2 and 1.3 clients).</summary>
    public ushort LegacyVersion { get; internal init; }

    /// <summary>Cipher suites in wire order.</summary>
    public ImmutableArray<ushort> CipherSuites { get; internal init; } = [];

    /// <summary>Extension types in wire order.</summary>
    public ImmutableArray<ushort> ExtensionTypes { get; internal init; } = [];

    /// <summary>supported_versions entries in wire order; empty when the extension is absent.</summary>
    public ImmutableArray<ushort> SupportedVersions { get; internal init; } = [];

    /// <summary>supported_groups entries in wire order; empty when the extension is absent.</summary>
    public ImmutableArray<ushort> SupportedGroups { get; internal init; } = [];

    /// <summary>signature_algorithms entries in wire order; empty when the extension is absent.</summary>
    public ImmutableArray<ushort> SignatureAlgorithms { get; internal init; } = [];

    /// <summary>ALPN protocol names in wire order (bytes mapped one-to-one to chars, Latin-1).</summary>
    public ImmutableArray<string> AlpnProtocols { get; internal init; } = [];

    /// <summary>Whether the server name is missing, valid or invalid.</summary>
    public ServerNameStatus ServerNameStatus { get; internal init; }

    /// <summary>The normalised host name (lower case, no trailing dot) when <see cref="ServerNameStatus"/> is Valid; otherwise null.</summary>
    public string? ServerName { get; internal init; }

    /// <summary>A <see cref="ClientHelloReasons"/> value saying why the server name is invalid; null otherwise.</summary>
    public string? ServerNameError { get; internal init; }

    /// <summary>The host_name bytes exactly as sent (for logging an invalid name); empty when none was sent.</summary>
    public ImmutableArray<byte> RawServerName { get; internal init; } = [];

    /// <summary>True when the encrypted_client_hello extension (0xfe0d) is present: the server name is then the outer, public name.</summary>
    public bool HasEncryptedClientHello { get; internal init; }

    /// <summary>True when the pre_shared_key extension (session resumption) is present.</summary>
    public bool HasPreSharedKey { get; internal init; }

    /// <summary>True when the early_data extension (0-RTT data may follow the ClientHello) is present.</summary>
    public bool HasEarlyData { get; internal init; }

    /// <summary>Length of the ClientHello handshake message, its 4-byte header included.</summary>
    public int MessageLength { get; internal init; }

    /// <summary>Number of TLS records the ClientHello was spread over.</summary>
    public int RecordCount { get; internal init; }

    /// <summary>True when the server_name extension was sent (valid or not).</summary>
    public bool HasServerNameExtension => ServerNameStatus != ServerNameStatus.Missing;

    /// <summary>
    /// Highest version the client offers: the largest non-GREASE supported_versions entry, or
    /// <see cref="LegacyVersion"/> when that extension is absent or holds only GREASE.
    /// </summary>
    public ushort MaxVersion
    {
        get
        {
            var max = 0;
            foreach (var version in SupportedVersions)
            {
                if (!TlsGrease.IsGrease(version) && version > max)
                {
                    max = version;
                }
            }

            return max == 0 ? LegacyVersion : (ushort)max;
        }
    }

    /// <summary>JA4 fingerprint, e.g. <c>t13d1516h2_8daaf6152771_e5627efa2ab1</c> (computed on first use).</summary>
    public string Ja4 => _ja4 ??= Ja4Fingerprint.Compute(this);

    /// <summary>JA4 "raw" form: the same three parts with the sorted lists written out instead of hashed.</summary>
    public string Ja4Raw => _ja4Raw ??= Ja4Fingerprint.ComputeRaw(this);
}
