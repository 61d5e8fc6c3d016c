using Policy.Runtime.Values;

namespace Policy.Runtime.Network;

/// <summary>
/// The error values of the network functions. The wording follows the CEL conformance data's
/// messages, followed by the offending text.
/// </summary>
public static class NetworkErrors
{
    /// <summary>Why <paramref name="text"/> is not an IP address.</summary>
    public static CelError InvalidIp(string text, NetParseStatus status) => CelError.Of(status switch
    {
        NetParseStatus.ZoneNotAllowed => $"IP Address with zone value is not allowed: '{text}'",
        NetParseStatus.Ipv4MappedNotAllowed => $"IPv4-mapped IPv6 address is not allowed: '{text}'",
        _ => $"IP Address '{text}' parse error during conversion from string",
    });

    /// <summary>Why <paramref name="text"/> is not a CIDR range.</summary>
    public static CelError InvalidCidr(string text, NetParseStatus status) => CelError.Of(status switch
    {
        NetParseStatus.ZoneNotAllowed => $"CIDR with zone value is not allowed: '{text}'",
        NetParseStatus.Ipv4MappedNotAllowed => $"IPv4-mapped IPv6 address is not allowed: '{text}'",
        _ => $"network address parse error during conversion from string: CIDR '{text}': {Describe(status)}",
    });

    /// <summary>A short English reason for a parse status (for diagnostics).</summary>
    public static string Describe(NetParseStatus status) => status switch
    {
        NetParseStatus.Success => "valid",
        NetParseStatus.Malformed => "not an IPv4 or IPv6 address",
        NetParseStatus.ZoneNotAllowed => "an IPv6 zone is not allowed",
        NetParseStatus.Ipv4MappedNotAllowed => "an IPv4-mapped IPv6 address is not allowed",
        NetParseStatus.MissingPrefixLength => "missing '/' and prefix length",
        NetParseStatus.InvalidPrefixLength => "the prefix length is not a decimal number without leading zeros",
        NetParseStatus.PrefixLengthOutOfRange => "the prefix length is out of range (at most 32 for IPv4, 128 for IPv6)",
        _ => status.ToString(),
    };
}
