using System.Buffers.Binary;
using System.Text;

namespace Policy.Proxy.Tests.ClientHello;

/// <summary>
/// Builds ClientHello handshake messages field by field, with optional wrong length fields, so
/// each malformed case differs from a good hello in exactly one place.
/// </summary>
internal sealed class HelloBuilder
{
    public ushort LegacyVersion { get; set; } = 0x0303;
    public byte[] SessionId { get; set; } = new byte[32];
    public ushort[] CipherSuites { get; set; } = [0x1301, 0x1302, 0x1303, 0xC02F];
    public byte[] CompressionMethods { get; set; } = [0];
    public List<(ushort Type, byte[] Data)> Extensions { get; set; } = DefaultExtensions("app.example.test");
    public bool OmitExtensionsBlock { get; set; }

    public int? SessionIdLength { get; set; }
    public int? CipherSuitesLength { get; set; }
    public int? CompressionMethodsLength { get; set; }
    public int? ExtensionsLength { get; set; }
    public byte[] TrailingBytes { get; set; } = [];

    public static List<(ushort Type, byte[] Data)> DefaultExtensions(string? serverName)
    {
        List<(ushort Type, byte[] Data)> extensions =
        [
            (0x000A, U16Vector(0x001D, 0x0017)),
            (0x0010, Alpn("h2", "http/1.1")),
            (0x000D, U16Vector(0x0403, 0x0804, 0x0401)),
            (0x002B, Versions(0x0304, 0x0303)),
            (0x0033, KeyShare(0x001D, 32)),
        ];
        if (serverName is not null)
        {
            extensions.Insert(0, (0x0000, ServerName(serverName)));
        }

        return extensions;
    }

    public HelloBuilder WithExtension(ushort type, byte[] data)
    {
        Extensions.Add((type, data));
        return this;
    }

    public HelloBuilder Replace(ushort type, byte[] data)
    {
        var index = Extensions.FindIndex(e => e.Type == type);
        Extensions[index] = (type, data);
        return this;
    }

    /// <summary>The ClientHello body (after the 4-byte handshake header).</summary>
    public byte[] Body()
    {
        var body = new List<byte>();
        AddU16(body, LegacyVersion);
        body.AddRange(Enumerable.Range(1, 32).Select(i => (byte)i));
        body.Add((byte)(SessionIdLength ?? SessionId.Length));
        body.AddRange(SessionId);
        AddU16(body, CipherSuitesLength ?? CipherSuites.Length * 2);
        foreach (var suite in CipherSuites)
        {
            AddU16(body, suite);
        }

        body.Add((byte)(CompressionMethodsLength ?? CompressionMethods.Length));
        body.AddRange(CompressionMethods);
        if (!OmitExtensionsBlock)
        {
            var extensions = new List<byte>();
            foreach (var (type, data) in Extensions)
            {
                AddU16(extensions, type);
                AddU16(extensions, data.Length);
                extensions.AddRange(data);
            }

            AddU16(body, ExtensionsLength ?? extensions.Count);
            body.AddRange(extensions);
        }

        body.AddRange(TrailingBytes);
        return [.. body];
    }

    /// <summary>Handshake message: type, 24-bit length, body.</summary>
    public byte[] Message(byte handshakeType = 1, int? length = null) => Handshake(handshakeType, Body(), length);

    /// <summary>The message in one handshake record.</summary>
    public byte[] Record() => TlsRecords.Wrap(Message());

    public static byte[] Handshake(byte type, byte[] body, int? length = null)
    {
        var declared = length ?? body.Length;
        return [type, (byte)(declared >> 16), (byte)(declared >> 8), (byte)declared, .. body];
    }

    public static byte[] ServerName(string name) => ServerNameEntries((0, Encoding.Latin1.GetBytes(name)));

    public static byte[] ServerNameBytes(byte[] name) => ServerNameEntries((0, name));

    public static byte[] ServerNameEntries(params (byte Type, byte[] Name)[] entries)
    {
        var list = new List<byte>();
        foreach (var (type, name) in entries)
        {
            list.Add(type);
            AddU16(list, name.Length);
            list.AddRange(name);
        }

        return Vector16([.. list]);
    }

    public static byte[] Alpn(params string[] protocols)
    {
        var list = new List<byte>();
        foreach (var protocol in protocols)
        {
            list.Add((byte)protocol.Length);
            list.AddRange(Encoding.Latin1.GetBytes(protocol));
        }

        return Vector16([.. list]);
    }

    public static byte[] Versions(params ushort[] versions) => [(byte)(versions.Length * 2), .. U16s(versions)];

    public static byte[] U16Vector(params ushort[] values) => Vector16(U16s(values));

    public static byte[] KeyShare(ushort group, int keyLength)
    {
        var entry = new List<byte>();
        AddU16(entry, group);
        AddU16(entry, keyLength);
        entry.AddRange(Enumerable.Repeat((byte)0x42, keyLength));
        return Vector16([.. entry]);
    }

    public static byte[] Vector16(byte[] content) => [(byte)(content.Length >> 8), (byte)content.Length, .. content];

    private static byte[] U16s(ushort[] values)
    {
        var bytes = new byte[values.Length * 2];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(i * 2), values[i]);
        }

        return bytes;
    }

    private static void AddU16(List<byte> bytes, int value)
    {
        bytes.Add((byte)(value >> 8));
        bytes.Add((byte)value);
    }
}
