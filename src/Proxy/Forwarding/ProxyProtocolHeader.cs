using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Policy.Proxy.Forwarding;

/// <summary>
/// The PROXY protocol header sent to an upstream before any other byte, telling it the client's
/// real address. Version 1 is one text line; version 2 is binary and carries TLVs: the authority
/// (the SNI) and, when TLS was terminated here, the negotiated ALPN.
/// </summary>
public static class ProxyProtocolHeader
{
    private static readonly byte[] V2Signature = [0x0D, 0x0A, 0x0D, 0x0A, 0x00, 0x0D, 0x0A, 0x51, 0x55, 0x49, 0x54, 0x0A];

    /// <summary>PP2_TYPE_ALPN.</summary>
    public const byte TlvAlpn = 0x01;

    /// <summary>PP2_TYPE_AUTHORITY.</summary>
    public const byte TlvAuthority = 0x02;

    /// <summary>Builds the header of <paramref name="version"/> (1 or 2).</summary>
    public static byte[] Build(int version, IPEndPoint client, IPEndPoint server, string? authority = null, string? alpn = null) =>
        version == 1 ? V1(client, server) : V2(client, server, authority, alpn);

    /// <summary><c>PROXY TCP4 src dst sport dport\r\n</c> (TCP6 when either side is IPv6).</summary>
    public static byte[] V1(IPEndPoint client, IPEndPoint server)
    {
        var (src, dst) = SameFamily(client.Address, server.Address);
        var family = src.AddressFamily == AddressFamily.InterNetwork ? "TCP4" : "TCP6";
        var line = string.Create(CultureInfo.InvariantCulture, $"PROXY {family} {src} {dst} {client.Port} {server.Port}\r\n");
        return Encoding.ASCII.GetBytes(line);
    }

    /// <summary>The binary header: signature, PROXY command, TCP over IPv4 or IPv6, addresses, ports, TLVs.</summary>
    public static byte[] V2(IPEndPoint client, IPEndPoint server, string? authority, string? alpn)
    {
        var (src, dst) = SameFamily(client.Address, server.Address);
        var v4 = src.AddressFamily == AddressFamily.InterNetwork;
        var addressLength = v4 ? 12 : 36;
        var tlvs = new List<(byte Type, byte[] Value)>();
        if (!string.IsNullOrEmpty(alpn)) tlvs.Add((TlvAlpn, Encoding.ASCII.GetBytes(alpn)));
        if (!string.IsNullOrEmpty(authority)) tlvs.Add((TlvAuthority, Encoding.ASCII.GetBytes(authority)));
        var length = addressLength + tlvs.Sum(t => 3 + t.Value.Length);
        var header = new byte[16 + length];
        V2Signature.CopyTo(header, 0);
        header[12] = 0x21; // version 2, PROXY
        header[13] = (byte)(v4 ? 0x11 : 0x21); // TCP over IPv4 / IPv6
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(14), (ushort)length);
        var at = 16;
        var size = v4 ? 4 : 16;
        src.TryWriteBytes(header.AsSpan(at, size), out _);
        dst.TryWriteBytes(header.AsSpan(at + size, size), out _);
        at += 2 * size;
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(at), (ushort)client.Port);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(at + 2), (ushort)server.Port);
        at += 4;
        foreach (var (type, value) in tlvs)
        {
            header[at] = type;
            BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(at + 1), (ushort)value.Length);
            value.CopyTo(header, at + 3);
            at += 3 + value.Length;
        }
        return header;
    }

    /// <summary>Both addresses in one family: IPv4-mapped addresses unmapped, and mapped to IPv6 when the sides differ.</summary>
    private static (IPAddress Src, IPAddress Dst) SameFamily(IPAddress src, IPAddress dst)
    {
        if (src.IsIPv4MappedToIPv6) src = src.MapToIPv4();
        if (dst.IsIPv4MappedToIPv6) dst = dst.MapToIPv4();
        if (src.AddressFamily == dst.AddressFamily) return (src, dst);
        return (src.AddressFamily == AddressFamily.InterNetwork ? src.MapToIPv6() : src, dst.AddressFamily == AddressFamily.InterNetwork ? dst.MapToIPv6() : dst);
    }
}
