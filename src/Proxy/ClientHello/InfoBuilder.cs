using System.Collections.Immutable;

namespace Policy.Proxy.ClientHello;

/// <summary>Mutable fields gathered while parsing, turned into an immutable <see cref="ClientHelloInfo"/> at the end.</summary>
internal struct InfoBuilder
{
    public ushort LegacyVersion;
    public ImmutableArray<ushort> CipherSuites;
    public ImmutableArray<ushort> ExtensionTypes;
    public ImmutableArray<ushort> SupportedVersions;
    public ImmutableArray<ushort> SupportedGroups;
    public ImmutableArray<ushort> SignatureAlgorithms;
    public ImmutableArray<string> AlpnProtocols;
    public ServerNameStatus ServerNameStatus;
    public string? ServerName;
    public string? ServerNameError;
    public ImmutableArray<byte> RawServerName;
    public bool HasEncryptedClientHello;
    public bool HasPreSharedKey;
    public bool HasEarlyData;
    public int MessageLength;
    public int RecordCount;

    public readonly ClientHelloInfo Build() => new()
    {
        LegacyVersion = LegacyVersion,
        CipherSuites = OrEmpty(CipherSuites),
        ExtensionTypes = OrEmpty(ExtensionTypes),
        SupportedVersions = OrEmpty(SupportedVersions),
        SupportedGroups = OrEmpty(SupportedGroups),
        SignatureAlgorithms = OrEmpty(SignatureAlgorithms),
        AlpnProtocols = AlpnProtocols.IsDefault ? [] : AlpnProtocols,
        ServerNameStatus = ServerNameStatus,
        ServerName = ServerName,
        ServerNameError = ServerNameError,
        RawServerName = RawServerName.IsDefault ? [] : RawServerName,
        HasEncryptedClientHello = HasEncryptedClientHello,
        HasPreSharedKey = HasPreSharedKey,
        HasEarlyData = HasEarlyData,
        MessageLength = MessageLength,
        RecordCount = RecordCount,
    };

    private static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> values) => values.IsDefault ? [] : values;
}
