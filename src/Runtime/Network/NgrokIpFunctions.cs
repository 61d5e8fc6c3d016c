using Policy.Runtime.Values;

namespace Policy.Runtime.Network;

/// <summary>
/// The implementations of ngrok's IP helpers (<see cref="NgrokIpLibrary"/>). They never
/// produce errors: text that is not an address or range simply does not match.
/// </summary>
/// <remarks>
/// Addresses are parsed with the network extension's rules except that an IPv4-mapped IPv6
/// address counts as the IPv4 address it carries (as Go's <c>net</c> package, which ngrok is
/// built on, treats it). Ranges are parsed with <see cref="Cidr.Parse"/>; a range with host
/// bits set (<c>10.0.0.5/8</c>) is valid and means its network.
/// </remarks>
public static class NgrokIpFunctions
{
    /// <summary>
    /// <c>inCidrRange(ip, cidr) -> bool</c>: true when the address is in the range; false when
    /// either is invalid or they are of different families.
    /// </summary>
    public static bool InCidrRange(string ip, string cidr) =>
        TryParseAddress(ip, out var address) && Cidr.TryParse(cidr, out var range) && range.Contains(address);

    /// <summary>
    /// <c>inCidrRanges(ip, cidrs) -> bool</c>: true when some valid range in the list contains
    /// the address. Invalid ranges and elements that are not strings are skipped.
    /// </summary>
    public static bool InCidrRanges(string ip, CelList cidrs)
    {
        if (!TryParseAddress(ip, out var address)) return false;
        for (var i = 0; i < cidrs.Count; i++)
        {
            if (cidrs[i] is CelString s && Cidr.TryParse(s.Value, out var range) && range.Contains(address))
                return true;
        }
        return false;
    }

    /// <summary>
    /// <c>inCidrRanges</c> against a set built ahead of time, for a compiler that sees a
    /// constant list (build it with <see cref="CidrSetBuilder.TryAdd"/>, ignoring failures).
    /// </summary>
    public static bool InCidrSet(string ip, CidrSet cidrs) => TryParseAddress(ip, out var address) && cidrs.Contains(address);

    /// <summary>
    /// <c>string.isPrivateIp() -> bool</c>: true for the RFC 1918 ranges 10.0.0.0/8,
    /// 172.16.0.0/12 and 192.168.0.0/16 and, for IPv6, the RFC 4193 unique-local range
    /// fc00::/7. Loopback, link-local and every other address are not private; neither is
    /// text that is not an address.
    /// </summary>
    /// <remarks>
    /// ngrok documents only the IPv4 ranges. Unique-local addresses are included because they
    /// are IPv6's counterpart of RFC 1918 and because Go's <c>IsPrivate</c>, the likely basis
    /// of ngrok's function, includes them; loopback and link-local are excluded for the same
    /// reason.
    /// </remarks>
    public static bool IsPrivateIp(string ip) => TryParseAddress(ip, out var address) && address.IsPrivate;

    private static bool TryParseAddress(string ip, out IpAddress address) =>
        IpAddress.Parse(ip, out address, IpParseOptions.UnmapIpv4Mapped) == NetParseStatus.Success;
}
