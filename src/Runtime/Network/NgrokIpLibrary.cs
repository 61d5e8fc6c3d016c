using System.Collections.Immutable;
using Policy.Runtime.Functions;
using Policy.Runtime.Types;

namespace Policy.Runtime.Network;

/// <summary>
/// ngrok's IP helpers for Traffic Policy expressions: <c>inCidrRange</c>,
/// <c>inCidrRanges</c> and <c>string.isPrivateIp()</c>. ngrok publishes no overload ids;
/// these follow cel-go's naming (name, then parameter types).
/// </summary>
public sealed class NgrokIpLibrary : CelLibrary
{
    private static readonly ImmutableArray<FunctionDecl> Declarations =
    [
        new("inCidrRange", "True when the IP address is in the CIDR range; false when the range (or the address) is invalid.",
            Overload.Global<string, string, bool>("in_cidr_range_string_string",
                CelType.String, CelType.String, CelType.Bool, NgrokIpFunctions.InCidrRange)),
        new("inCidrRanges", "True when the IP address is in any of the CIDR ranges; invalid ranges are ignored.",
            Overload.Global<string, Values.CelList, bool>("in_cidr_ranges_string_list_string",
                CelType.String, CelType.List(CelType.String), CelType.Bool, NgrokIpFunctions.InCidrRanges)),
        new("isPrivateIp", "True for RFC 1918 IPv4 addresses and RFC 4193 IPv6 unique-local addresses (fc00::/7).",
            Overload.Member<string, bool>("string_is_private_ip", CelType.String, CelType.Bool, NgrokIpFunctions.IsPrivateIp)),
    ];

    /// <summary>The shared instance.</summary>
    public static NgrokIpLibrary Instance { get; } = new();

    /// <inheritdoc/>
    public override string Name => "ngrok.ip";

    /// <inheritdoc/>
    public override IEnumerable<FunctionDecl> Functions => Declarations;
}
