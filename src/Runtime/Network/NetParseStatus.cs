namespace Policy.Runtime.Network;

/// <summary>
/// The outcome of parsing an IP address or a CIDR range. The distinct failure kinds let the
/// policy compiler report ngrok's error codes (a CIDR without a mask is ERR_NGROK_1413) and let
/// the CEL functions produce the network extension's messages.
/// </summary>
public enum NetParseStatus : byte
{
    /// <summary>The text was accepted.</summary>
    Success,
    /// <summary>The address part is not an IPv4 or IPv6 address.</summary>
    Malformed,
    /// <summary>An IPv6 zone (<c>fe80::1%eth0</c>) was given; zones are never accepted.</summary>
    ZoneNotAllowed,
    /// <summary>An IPv4-mapped IPv6 address (<c>::ffff:1.2.3.4</c>) was given where it is not accepted.</summary>
    Ipv4MappedNotAllowed,
    /// <summary>A CIDR without <c>/length</c>.</summary>
    MissingPrefixLength,
    /// <summary>The text after <c>/</c> is not a plain decimal number (empty, sign, leading zero, other characters).</summary>
    InvalidPrefixLength,
    /// <summary>The prefix length exceeds 32 (IPv4) or 128 (IPv6).</summary>
    PrefixLengthOutOfRange,
}
