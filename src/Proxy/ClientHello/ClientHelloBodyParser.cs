using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Policy.Proxy.ClientHello;

/// <summary>
/// Parses the body of a ClientHello handshake message (RFC 8446 §4.1.2, RFC 5246 §7.4.1.2) into a
/// <see cref="ClientHelloInfo"/>. Structural errors make the whole hello invalid; a server name
/// that is well encoded but unusable only marks the name invalid, so the caller can still log it.
/// </summary>
internal static partial class ClientHelloBodyParser
{
    private const int MaxSessionIdLength = 32;
    private const int StackSortLimit = 512;

    public static ClientHelloInfo? Parse(ReadOnlySpan<byte> body, int messageLength, int recordCount, out string? reason)
    {
        var reader = new TlsReader(body);
        if (!reader.TryReadU16(out var legacyVersion) || legacyVersion >> 8 != 3)
        {
            reason = ClientHelloReasons.BadLegacyVersion;
            return null;
        }

        if (!reader.TryReadBytes(32, out _))
        {
            reason = ClientHelloReasons.HelloTooShort;
            return null;
        }

        if (!reader.TryReadVector8(out var sessionId) || sessionId.Length > MaxSessionIdLength)
        {
            reason = ClientHelloReasons.BadSessionIdLength;
            return null;
        }

        if (!reader.TryReadVector16(out var ciphers) || ciphers.IsEmpty || ciphers.Length % 2 != 0)
        {
            reason = ClientHelloReasons.BadCipherSuitesLength;
            return null;
        }

        if (!reader.TryReadVector8(out var compression) || compression.IsEmpty)
        {
            reason = ClientHelloReasons.BadCompressionMethodsLength;
            return null;
        }

        // Extensions are optional: SSL 3.0-era hellos end after compression_methods.
        ReadOnlySpan<byte> extensions = default;
        if (!reader.IsEmpty && (!reader.TryReadVector16(out extensions) || !reader.IsEmpty))
        {
            reason = ClientHelloReasons.BadExtensionsLength;
            return null;
        }

        var builder = new InfoBuilder
        {
            LegacyVersion = legacyVersion,
            CipherSuites = ReadU16List(ciphers),
            MessageLength = messageLength,
            RecordCount = recordCount,
        };

        reason = ValidateExtensionFraming(extensions, out var extensionCount)
            ?? ParseExtensions(extensions, extensionCount, ref builder);
        return reason is null ? builder.Build() : null;
    }

    // First pass: lengths, duplicates and pre_shared_key placement, before anything is allocated.
    private static string? ValidateExtensionFraming(ReadOnlySpan<byte> extensions, out int count)
    {
        count = 0;
        var reader = new TlsReader(extensions);
        var pskSeen = false;
        while (!reader.IsEmpty)
        {
            if (pskSeen)
            {
                return ClientHelloReasons.PreSharedKeyNotLast;
            }

            if (!reader.TryReadU16(out var type) || !reader.TryReadVector16(out _))
            {
                return ClientHelloReasons.BadExtensionLength;
            }

            pskSeen = type == TlsExtensionType.PreSharedKey;
            count++;
        }

        return HasDuplicateType(extensions, count) ? ClientHelloReasons.DuplicateExtension : null;
    }

    private static bool HasDuplicateType(ReadOnlySpan<byte> extensions, int count)
    {
        ushort[]? rented = null;
        var types = count <= StackSortLimit
            ? stackalloc ushort[count]
            : (rented = ArrayPool<ushort>.Shared.Rent(count)).AsSpan(0, count);
        try
        {
            var reader = new TlsReader(extensions);
            for (var i = 0; i < count; i++)
            {
                reader.TryReadU16(out types[i]);
                reader.TryReadVector16(out _);
            }

            types.Sort();
            for (var i = 1; i < types.Length; i++)
            {
                if (types[i] == types[i - 1])
                {
                    return true;
                }
            }

            return false;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<ushort>.Shared.Return(rented);
            }
        }
    }

    // Second pass over framing already known to be sound.
    private static string? ParseExtensions(ReadOnlySpan<byte> extensions, int count, ref InfoBuilder builder)
    {
        var types = new ushort[count];
        var reader = new TlsReader(extensions);
        for (var i = 0; i < count; i++)
        {
            reader.TryReadU16(out types[i]);
            reader.TryReadVector16(out var data);
            var reason = ParseExtension(types[i], data, ref builder);
            if (reason is not null)
            {
                return reason;
            }
        }

        builder.ExtensionTypes = ImmutableCollectionsMarshal.AsImmutableArray(types);
        return null;
    }

    private static string? ParseExtension(ushort type, ReadOnlySpan<byte> data, ref InfoBuilder builder)
    {
        switch (type)
        {
            case TlsExtensionType.ServerName:
                return ParseServerName(data, ref builder);
            case TlsExtensionType.Alpn:
                return ParseAlpn(data, ref builder);
            case TlsExtensionType.SupportedVersions:
                return TryReadU16Vector(data, lengthBytes: 1, out var versions)
                    ? Set(ref builder.SupportedVersions, versions)
                    : ClientHelloReasons.BadSupportedVersionsExtension;
            case TlsExtensionType.SupportedGroups:
                return TryReadU16Vector(data, lengthBytes: 2, out var groups)
                    ? Set(ref builder.SupportedGroups, groups)
                    : ClientHelloReasons.BadSupportedGroupsExtension;
            case TlsExtensionType.SignatureAlgorithms:
                return TryReadU16Vector(data, lengthBytes: 2, out var signatures)
                    ? Set(ref builder.SignatureAlgorithms, signatures)
                    : ClientHelloReasons.BadSignatureAlgorithmsExtension;
            case TlsExtensionType.EncryptedClientHello:
                builder.HasEncryptedClientHello = true;
                return null;
            case TlsExtensionType.PreSharedKey:
                builder.HasPreSharedKey = true;
                return null;
            case TlsExtensionType.EarlyData:
                builder.HasEarlyData = true;
                return null;
            default:
                return null;
        }
    }

    private static string? Set(ref ImmutableArray<ushort> target, ImmutableArray<ushort> value)
    {
        target = value;
        return null;
    }

    // A list of 16-bit values with a 1- or 2-byte length prefix that must fill the extension exactly.
    private static bool TryReadU16Vector(ReadOnlySpan<byte> data, int lengthBytes, out ImmutableArray<ushort> values)
    {
        values = [];
        var reader = new TlsReader(data);
        ReadOnlySpan<byte> list;
        var ok = lengthBytes == 1 ? reader.TryReadVector8(out list) : reader.TryReadVector16(out list);
        if (!ok || !reader.IsEmpty || list.IsEmpty || list.Length % 2 != 0)
        {
            return false;
        }

        values = ReadU16List(list);
        return true;
    }

    private static ImmutableArray<ushort> ReadU16List(ReadOnlySpan<byte> list)
    {
        var values = new ushort[list.Length / 2];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadUInt16BigEndian(list.Slice(i * 2, 2));
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(values);
    }
}
