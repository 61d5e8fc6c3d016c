using System.Collections.Immutable;
using Policy.Runtime.Functions;
using Policy.Runtime.Types;

namespace Policy.Runtime.Network;

/// <summary>
/// CEL's network extension (cel-go <c>ext.Network()</c>): the opaque types <c>net.IP</c> and
/// <c>net.CIDR</c>, their constructors and tests, and <c>string()</c> conversions. Overload
/// ids are cel-go's; the two <c>string</c> overloads, which cel-go implements as type
/// conversions, are named like the standard library's conversions.
/// </summary>
public sealed class NetworkLibrary : CelLibrary
{
    private static readonly CelType Ip = CelType.IpAddress;
    private static readonly CelType Net = CelType.Cidr;
    private static readonly CelType Str = CelType.String;
    private static readonly CelType Bool = CelType.Bool;
    private static readonly CelType Int = CelType.Int;

    private static readonly ImmutableArray<FunctionDecl> Declarations =
    [
        new("isIP", "True when the string is a valid IP address (no zone, no IPv4-mapped IPv6).",
            Overload.Global<string, bool>("is_ip", Str, Bool, NetworkFunctions.IsIp)),
        new("isCIDR", "True when the string is a valid CIDR range.",
            Overload.Global<string, bool>("is_cidr", Str, Bool, NetworkFunctions.IsCidr)),
        new("ip", "ip(string) parses an IP address; cidr.ip() is the range's address as written.",
            Overload.Global<string, Values.CelValue>("string_to_ip", Str, Ip, NetworkFunctions.StringToIp),
            Overload.Member<CelCidr, CelIpAddress>("cidr_ip", Net, Ip, NetworkFunctions.CidrIp)),
        new("cidr", "Parses a CIDR range such as 10.0.0.0/8 or ::/0.",
            Overload.Global<string, Values.CelValue>("string_to_cidr", Str, Net, NetworkFunctions.StringToCidr)),
        new("ip.isCanonical", "True when the address is written in its canonical form (RFC 5952 for IPv6); an error for an invalid address.",
            Overload.Global<string, Values.CelValue>("ip_is_canonical", Str, Bool, NetworkFunctions.IpIsCanonical)),
        new("family", "4 for an IPv4 address, 6 for IPv6.",
            Overload.Member<CelIpAddress, long>("ip_family", Ip, Int, NetworkFunctions.Family)),
        new("isLoopback", "True for 127.0.0.0/8 and ::1.",
            Overload.Member<CelIpAddress, bool>("ip_is_loopback", Ip, Bool, NetworkFunctions.IsLoopback)),
        new("isGlobalUnicast", "True unless unspecified, limited broadcast, loopback, multicast or link-local unicast (private ranges count as global).",
            Overload.Member<CelIpAddress, bool>("ip_is_global_unicast", Ip, Bool, NetworkFunctions.IsGlobalUnicast)),
        new("isUnspecified", "True for 0.0.0.0 and ::.",
            Overload.Member<CelIpAddress, bool>("ip_is_unspecified", Ip, Bool, NetworkFunctions.IsUnspecified)),
        new("isLinkLocalMulticast", "True for 224.0.0.0/24 and ff02::/16.",
            Overload.Member<CelIpAddress, bool>("ip_is_link_local_multicast", Ip, Bool, NetworkFunctions.IsLinkLocalMulticast)),
        new("isLinkLocalUnicast", "True for 169.254.0.0/16 and fe80::/10.",
            Overload.Member<CelIpAddress, bool>("ip_is_link_local_unicast", Ip, Bool, NetworkFunctions.IsLinkLocalUnicast)),
        new("containsIP", "True when the range contains the address (given as net.IP or string); false across families.",
            Overload.Member<CelCidr, CelIpAddress, bool>("cidr_contains_ip", Net, Ip, Bool, NetworkFunctions.ContainsIp),
            Overload.Member<CelCidr, string, Values.CelValue>("cidr_contains_ip_string", Net, Str, Bool, NetworkFunctions.ContainsIpString)),
        new("containsCIDR", "True when the other range (given as net.CIDR or string) lies entirely inside this one.",
            Overload.Member<CelCidr, CelCidr, bool>("cidr_contains_cidr", Net, Net, Bool, NetworkFunctions.ContainsCidr),
            Overload.Member<CelCidr, string, Values.CelValue>("cidr_contains_cidr_string", Net, Str, Bool, NetworkFunctions.ContainsCidrString)),
        new("masked", "The range written with its network address: cidr('192.168.1.5/24').masked() == cidr('192.168.1.0/24').",
            Overload.Member<CelCidr, CelCidr>("cidr_masked", Net, Net, NetworkFunctions.Masked)),
        new("prefixLength", "The number of network bits.",
            Overload.Member<CelCidr, long>("cidr_prefix_length", Net, Int, NetworkFunctions.PrefixLength)),
        new("string", "The canonical text of an IP address or CIDR range.",
            Overload.Global<CelIpAddress, string>("ip_to_string", Ip, Str, NetworkFunctions.IpToString),
            Overload.Global<CelCidr, string>("cidr_to_string", Net, Str, NetworkFunctions.CidrToString)),
    ];

    /// <summary>The shared instance.</summary>
    public static NetworkLibrary Instance { get; } = new();

    /// <summary>The types the library adds: <c>net.IP</c> and <c>net.CIDR</c>.</summary>
    public override IEnumerable<CelType> Types { get; } = [CelType.IpAddress, CelType.Cidr];

    /// <inheritdoc/>
    public override string Name => "network";

    /// <inheritdoc/>
    public override IEnumerable<FunctionDecl> Functions => Declarations;
}
