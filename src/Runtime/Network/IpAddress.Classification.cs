namespace Policy.Runtime.Network;

// Address classes. The definitions are those of the CEL network extension (which follows Go's
// net/netip): an IPv4-mapped IPv6 address is classified as the IPv4 address it carries,
// except by IsUnspecified.
public readonly partial struct IpAddress
{
    /// <summary><c>0.0.0.0</c> or <c>::</c>.</summary>
    public bool IsUnspecified => _value == UInt128.Zero;

    /// <summary><c>127.0.0.0/8</c> or <c>::1</c>.</summary>
    public bool IsLoopback
    {
        get
        {
            var a = Unmap();
            return a._isIPv6 ? a._value == UInt128.One : (a.IPv4Value >> 24) == 127;
        }
    }

    /// <summary><c>224.0.0.0/4</c> or <c>ff00::/8</c>.</summary>
    public bool IsMulticast
    {
        get
        {
            var a = Unmap();
            return a._isIPv6 ? (a._value >> 120) == 0xff : (a.IPv4Value >> 28) == 0xe;
        }
    }

    /// <summary>Link-local unicast: <c>169.254.0.0/16</c> (RFC 3927) or <c>fe80::/10</c> (RFC 4291).</summary>
    public bool IsLinkLocalUnicast
    {
        get
        {
            var a = Unmap();
            return a._isIPv6 ? (a._value >> 118) == (0xfe80 >> 6) : (a.IPv4Value >> 16) == 0xa9fe;
        }
    }

    /// <summary>
    /// Link-local multicast: <c>224.0.0.0/24</c> (RFC 5771) or an IPv6 multicast address of
    /// link-local scope, <c>ff02::/16</c> with any flags (<c>ffX2::</c>, RFC 4291).
    /// </summary>
    public bool IsLinkLocalMulticast
    {
        get
        {
            var a = Unmap();
            return a._isIPv6
                ? ((uint)(a._value >> 112) & 0xff0f) == 0xff02
                : (a.IPv4Value >> 8) == 0xe00000;
        }
    }

    /// <summary>
    /// Global unicast as the CEL network extension defines it: any address except the
    /// unspecified ones, <c>255.255.255.255</c>, loopback, multicast and link-local unicast.
    /// Private IPv4 ranges and IPv6 unique-local addresses count as global unicast.
    /// </summary>
    public bool IsGlobalUnicast
    {
        get
        {
            var a = Unmap();
            if (a._value == UInt128.Zero) return false;
            if (!a._isIPv6 && a.IPv4Value == uint.MaxValue) return false;
            return !a.IsLoopback && !a.IsMulticast && !a.IsLinkLocalUnicast;
        }
    }

    /// <summary>
    /// A private address: the RFC 1918 IPv4 ranges <c>10.0.0.0/8</c>, <c>172.16.0.0/12</c> and
    /// <c>192.168.0.0/16</c>, or an RFC 4193 IPv6 unique-local address (<c>fc00::/7</c>).
    /// Loopback and link-local addresses are not private.
    /// </summary>
    public bool IsPrivate
    {
        get
        {
            var a = Unmap();
            if (a._isIPv6) return (a._value >> 121) == (0xfc >> 1);
            var v = a.IPv4Value;
            return (v >> 24) == 10 || (v >> 20) == 0xac1 || (v >> 16) == 0xc0a8;
        }
    }
}
