using System.Buffers.Binary;
using System.Net.Sockets;

namespace Policy.Runtime.Network;

/// <summary>
/// An IPv4 or IPv6 address without a zone: the value behind the CEL type <c>net.IP</c>, the
/// client address that <c>restrict-ips</c> checks, and the base of a <see cref="Cidr"/>.
/// </summary>
/// <remarks>
/// The address is held as a number (32 significant bits for IPv4, 128 for IPv6), so equality,
/// ordering, masking and range lookups never allocate. The default value is <c>0.0.0.0</c>.
/// An IPv4-mapped IPv6 address (<c>::ffff:a.b.c.d</c>) stays an IPv6 address unless
/// <see cref="Unmap"/> is called; the strict parser never produces one.
/// </remarks>
public readonly partial struct IpAddress : IEquatable<IpAddress>, IComparable<IpAddress>
{
    private readonly UInt128 _value;
    private readonly bool _isIPv6;

    private IpAddress(UInt128 value, bool isIPv6)
    {
        _value = value;
        _isIPv6 = isIPv6;
    }

    /// <summary><c>0.0.0.0</c>.</summary>
    public static IpAddress IPv4Unspecified => default;

    /// <summary><c>::</c>.</summary>
    public static IpAddress IPv6Unspecified => new(UInt128.Zero, true);

    /// <summary>An IPv4 address from its 32-bit value (<c>0x7f000001</c> is <c>127.0.0.1</c>).</summary>
    public static IpAddress FromIPv4(uint value) => new(value, false);

    /// <summary>An IPv6 address from its 128-bit value (most significant group first).</summary>
    public static IpAddress FromIPv6(UInt128 value) => new(value, true);

    /// <summary>
    /// An address from 4 (IPv4) or 16 (IPv6) bytes in network order; false for any other length.
    /// </summary>
    public static bool TryFromBytes(ReadOnlySpan<byte> bytes, out IpAddress address)
    {
        switch (bytes.Length)
        {
            case 4:
                address = FromIPv4(BinaryPrimitives.ReadUInt32BigEndian(bytes));
                return true;
            case 16:
                address = FromIPv6(BinaryPrimitives.ReadUInt128BigEndian(bytes));
                return true;
            default:
                address = default;
                return false;
        }
    }

    /// <summary>
    /// Converts a socket address without allocating. An IPv4-mapped IPv6 address (what a
    /// dual-stack listener reports for an IPv4 client) becomes the IPv4 address, so IPv4 rules
    /// apply to it; the IPv6 scope id is dropped.
    /// </summary>
    public static IpAddress FromSystem(System.Net.IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out var written);
        TryFromBytes(bytes[..written], out var result);
        return result.Unmap();
    }

    /// <summary>The equivalent <see cref="System.Net.IPAddress"/> (allocates).</summary>
    public System.Net.IPAddress ToSystem()
    {
        Span<byte> bytes = stackalloc byte[16];
        if (_isIPv6)
        {
            BinaryPrimitives.WriteUInt128BigEndian(bytes, _value);
            return new System.Net.IPAddress(bytes);
        }
        BinaryPrimitives.WriteUInt32BigEndian(bytes, (uint)_value);
        return new System.Net.IPAddress(bytes[..4]);
    }

    /// <summary>True for IPv4.</summary>
    public bool IsIPv4 => !_isIPv6;

    /// <summary>True for IPv6, including IPv4-mapped IPv6 addresses.</summary>
    public bool IsIPv6 => _isIPv6;

    /// <summary>4 or 6, as the CEL method <c>family()</c> reports.</summary>
    public int Family => _isIPv6 ? 6 : 4;

    /// <summary>32 for IPv4, 128 for IPv6.</summary>
    public int BitLength => _isIPv6 ? 128 : 32;

    /// <summary>The IPv4 value; only meaningful when <see cref="IsIPv4"/>.</summary>
    public uint IPv4Value => (uint)_value;

    /// <summary>The address as a number: the 32-bit IPv4 value or the 128-bit IPv6 value.</summary>
    public UInt128 Value => _value;

    /// <summary>The address family for sockets.</summary>
    public AddressFamily AddressFamily => _isIPv6 ? AddressFamily.InterNetworkV6 : AddressFamily.InterNetwork;

    /// <summary>True for <c>::ffff:0:0/96</c>, an IPv4 address written in IPv6 form.</summary>
    public bool IsIPv4Mapped => _isIPv6 && (_value >> 32) == 0xffff;

    /// <summary>The IPv4 address inside an IPv4-mapped IPv6 address; any other address unchanged.</summary>
    public IpAddress Unmap() => IsIPv4Mapped ? FromIPv4((uint)_value) : this;

    /// <summary>The address with every bit after the first <paramref name="prefixLength"/> cleared.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The length exceeds <see cref="BitLength"/>.</exception>
    public IpAddress Mask(int prefixLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(prefixLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(prefixLength, BitLength);
        return new(_value & MaskOf(prefixLength, BitLength), _isIPv6);
    }

    /// <summary>The network mask of a prefix length, right-aligned to <paramref name="width"/> bits.</summary>
    internal static UInt128 MaskOf(int prefixLength, int width)
    {
        // A shift by the full width would wrap around, so the empty mask is a special case.
        if (prefixLength == 0) return UInt128.Zero;
        var all = width == 128 ? UInt128.MaxValue : uint.MaxValue;
        return (all << (width - prefixLength)) & all;
    }

    /// <inheritdoc/>
    public bool Equals(IpAddress other) => _value == other._value && _isIPv6 == other._isIPv6;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is IpAddress other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_value, _isIPv6);

    /// <summary>Orders IPv4 before IPv6, then by numeric value.</summary>
    public int CompareTo(IpAddress other) =>
        _isIPv6 != other._isIPv6 ? (_isIPv6 ? 1 : -1) : _value.CompareTo(other._value);

    /// <summary>Equality.</summary>
    public static bool operator ==(IpAddress left, IpAddress right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(IpAddress left, IpAddress right) => !left.Equals(right);

    /// <summary>Ordering (see <see cref="CompareTo"/>).</summary>
    public static bool operator <(IpAddress left, IpAddress right) => left.CompareTo(right) < 0;

    /// <summary>Ordering (see <see cref="CompareTo"/>).</summary>
    public static bool operator <=(IpAddress left, IpAddress right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering (see <see cref="CompareTo"/>).</summary>
    public static bool operator >(IpAddress left, IpAddress right) => left.CompareTo(right) > 0;

    /// <summary>Ordering (see <see cref="CompareTo"/>).</summary>
    public static bool operator >=(IpAddress left, IpAddress right) => left.CompareTo(right) >= 0;
}
