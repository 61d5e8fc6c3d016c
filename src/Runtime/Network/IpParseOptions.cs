namespace Policy.Runtime.Network;

/// <summary>How lenient <see cref="IpAddress.Parse(ReadOnlySpan{char}, out IpAddress, IpParseOptions)"/> is.</summary>
[Flags]
public enum IpParseOptions : byte
{
    /// <summary>
    /// The CEL network extension's rules: IPv4-mapped IPv6 addresses and zones are rejected.
    /// </summary>
    None = 0,

    /// <summary>
    /// Accept an IPv4-mapped IPv6 address and return the IPv4 address it carries
    /// (<c>::ffff:10.0.0.1</c> becomes <c>10.0.0.1</c>). Zones are still rejected.
    /// </summary>
    UnmapIpv4Mapped = 1,
}
