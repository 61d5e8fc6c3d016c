namespace Policy.Runtime.Network;

/// <summary>
/// A CIDR range: an <see cref="IpAddress"/> and a prefix length. The value behind the CEL type
/// <c>net.CIDR</c> and the unit of <c>restrict-ips</c> allow and deny lists.
/// </summary>
/// <remarks>
/// As in the CEL network extension, the address is kept as written: <c>192.168.1.5/24</c> is a
/// valid value whose <see cref="Address"/> is <c>192.168.1.5</c>, which differs from
/// <c>192.168.1.0/24</c> under equality, while range operations (<see cref="Contains(IpAddress)"/>
/// and friends) use the <see cref="NetworkAddress"/>. ngrok's IP policies insist on the
/// network address; <see cref="IsNetworkAddress"/> is that check.
/// </remarks>
public readonly partial struct Cidr : IEquatable<Cidr>
{
    private readonly IpAddress _address;
    private readonly byte _prefixLength;

    private Cidr(IpAddress address, int prefixLength)
    {
        _address = address;
        _prefixLength = (byte)prefixLength;
    }

    /// <summary>A range; false when the prefix length is negative or longer than the address.</summary>
    public static bool TryCreate(IpAddress address, int prefixLength, out Cidr cidr)
    {
        if (prefixLength < 0 || prefixLength > address.BitLength)
        {
            cidr = default;
            return false;
        }
        cidr = new(address, prefixLength);
        return true;
    }

    /// <summary>A range from an address and a prefix length.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The length is negative or longer than the address.</exception>
    public static Cidr Create(IpAddress address, int prefixLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(prefixLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(prefixLength, address.BitLength);
        return new(address, prefixLength);
    }

    /// <summary>The address as written (host bits may be set).</summary>
    public IpAddress Address => _address;

    /// <summary>The number of leading bits that identify the network.</summary>
    public int PrefixLength => _prefixLength;

    /// <summary>4 or 6.</summary>
    public int Family => _address.Family;

    /// <summary>True for an IPv6 range.</summary>
    public bool IsIPv6 => _address.IsIPv6;

    /// <summary>The lowest address of the range (host bits cleared).</summary>
    public IpAddress NetworkAddress => _address.Mask(_prefixLength);

    /// <summary>The highest address of the range (host bits set).</summary>
    public IpAddress LastAddress
    {
        get
        {
            var hostBits = ~IpAddress.MaskOf(_prefixLength, _address.BitLength);
            if (!_address.IsIPv6) hostBits &= uint.MaxValue;
            var last = _address.Value | hostBits;
            return _address.IsIPv6 ? IpAddress.FromIPv6(last) : IpAddress.FromIPv4((uint)last);
        }
    }

    /// <summary>
    /// True when the range is written with its lowest address (no host bits set). ngrok rejects
    /// IP policy rules where this is false (ERR_NGROK_1409); <see cref="Masked"/> is the fix.
    /// </summary>
    public bool IsNetworkAddress => _address == NetworkAddress;

    /// <summary>The same range written with its network address (<c>cidr.masked()</c>).</summary>
    public Cidr Masked() => new(NetworkAddress, _prefixLength);

    /// <summary>True when <paramref name="address"/> is of the same family and inside the range.</summary>
    public bool Contains(IpAddress address) =>
        address.IsIPv6 == _address.IsIPv6 &&
        ((address.Value ^ _address.Value) & IpAddress.MaskOf(_prefixLength, _address.BitLength)) == UInt128.Zero;

    /// <summary>True when every address of <paramref name="other"/> is inside this range.</summary>
    public bool Contains(Cidr other) => _prefixLength <= other._prefixLength && Contains(other._address);

    /// <summary>True when the two ranges share at least one address.</summary>
    public bool Overlaps(Cidr other) => _prefixLength <= other._prefixLength ? Contains(other._address) : other.Contains(_address);

    /// <summary>Equality of address as written and prefix length.</summary>
    public bool Equals(Cidr other) => _address == other._address && _prefixLength == other._prefixLength;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Cidr other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_address, _prefixLength);

    /// <summary>Equality.</summary>
    public static bool operator ==(Cidr left, Cidr right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Cidr left, Cidr right) => !left.Equals(right);
}
