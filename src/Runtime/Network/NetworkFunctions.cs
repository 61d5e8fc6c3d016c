using Policy.Runtime.Values;

namespace Policy.Runtime.Network;

/// <summary>
/// The implementations of the CEL network extension (<see cref="NetworkLibrary"/>). Invalid
/// input gives a <see cref="CelError"/> value; nothing here throws.
/// </summary>
public static class NetworkFunctions
{
    /// <summary><c>isIP(string) -> bool</c>: true when the text is a valid address.</summary>
    public static bool IsIp(string text) => IpAddress.TryParse(text, out _);

    /// <summary><c>isCIDR(string) -> bool</c>: true when the text is a valid CIDR range.</summary>
    public static bool IsCidr(string text) => Cidr.TryParse(text, out _);

    /// <summary><c>ip(string) -> net.IP</c>, or an error for invalid text.</summary>
    public static CelValue StringToIp(string text)
    {
        var status = IpAddress.Parse(text, out var address);
        return status == NetParseStatus.Success ? CelIpAddress.Of(address) : NetworkErrors.InvalidIp(text, status);
    }

    /// <summary><c>cidr(string) -> net.CIDR</c>, or an error for invalid text.</summary>
    public static CelValue StringToCidr(string text)
    {
        var status = Cidr.Parse(text, out var cidr);
        return status == NetParseStatus.Success ? CelCidr.Of(cidr) : NetworkErrors.InvalidCidr(text, status);
    }

    /// <summary>
    /// <c>ip.isCanonical(string) -> bool</c>: true when the text is written exactly as
    /// <c>string(ip(text))</c> would write it; an error when it is not an address at all.
    /// </summary>
    public static CelValue IpIsCanonical(string text)
    {
        var status = IpAddress.Parse(text, out _);
        return status == NetParseStatus.Success ? CelBool.Of(IpAddress.IsCanonical(text)) : NetworkErrors.InvalidIp(text, status);
    }

    /// <summary><c>ip.family() -> int</c>: 4 or 6.</summary>
    public static long Family(CelIpAddress ip) => ip.Value.Family;

    /// <summary><c>ip.isLoopback() -> bool</c>.</summary>
    public static bool IsLoopback(CelIpAddress ip) => ip.Value.IsLoopback;

    /// <summary><c>ip.isGlobalUnicast() -> bool</c>.</summary>
    public static bool IsGlobalUnicast(CelIpAddress ip) => ip.Value.IsGlobalUnicast;

    /// <summary><c>ip.isLinkLocalMulticast() -> bool</c>.</summary>
    public static bool IsLinkLocalMulticast(CelIpAddress ip) => ip.Value.IsLinkLocalMulticast;

    /// <summary><c>ip.isLinkLocalUnicast() -> bool</c>.</summary>
    public static bool IsLinkLocalUnicast(CelIpAddress ip) => ip.Value.IsLinkLocalUnicast;

    /// <summary><c>ip.isUnspecified() -> bool</c>.</summary>
    public static bool IsUnspecified(CelIpAddress ip) => ip.Value.IsUnspecified;

    /// <summary><c>cidr.containsIP(net.IP) -> bool</c>; false across families.</summary>
    public static bool ContainsIp(CelCidr cidr, CelIpAddress ip) => cidr.Value.Contains(ip.Value);

    /// <summary><c>cidr.containsIP(string) -> bool</c>, or an error when the text is not an address.</summary>
    public static CelValue ContainsIpString(CelCidr cidr, string ip)
    {
        var status = IpAddress.Parse(ip, out var address);
        return status == NetParseStatus.Success ? CelBool.Of(cidr.Value.Contains(address)) : NetworkErrors.InvalidIp(ip, status);
    }

    /// <summary><c>cidr.containsCIDR(net.CIDR) -> bool</c>: true when the other range lies inside this one.</summary>
    public static bool ContainsCidr(CelCidr cidr, CelCidr other) => cidr.Value.Contains(other.Value);

    /// <summary><c>cidr.containsCIDR(string) -> bool</c>, or an error when the text is not a CIDR range.</summary>
    public static CelValue ContainsCidrString(CelCidr cidr, string other)
    {
        var status = Cidr.Parse(other, out var range);
        return status == NetParseStatus.Success ? CelBool.Of(cidr.Value.Contains(range)) : NetworkErrors.InvalidCidr(other, status);
    }

    /// <summary><c>cidr.ip() -> net.IP</c>: the address as written, host bits included.</summary>
    public static CelIpAddress CidrIp(CelCidr cidr) => CelIpAddress.Of(cidr.Value.Address);

    /// <summary><c>cidr.masked() -> net.CIDR</c>: the range written with its network address.</summary>
    public static CelCidr Masked(CelCidr cidr) => cidr.Value.IsNetworkAddress ? cidr : CelCidr.Of(cidr.Value.Masked());

    /// <summary><c>cidr.prefixLength() -> int</c>.</summary>
    public static long PrefixLength(CelCidr cidr) => cidr.Value.PrefixLength;

    /// <summary><c>string(net.IP) -> string</c>: the canonical text (RFC 5952 for IPv6).</summary>
    public static string IpToString(CelIpAddress ip) => ip.Value.ToString();

    /// <summary><c>string(net.CIDR) -> string</c>: the canonical text of the address as written, <c>/</c>, the length.</summary>
    public static string CidrToString(CelCidr cidr) => cidr.Value.ToString();
}
