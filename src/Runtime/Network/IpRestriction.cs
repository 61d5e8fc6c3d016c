namespace Policy.Runtime.Network;

/// <summary>
/// The decision of a <c>restrict-ips</c> action: allow and deny range sets (the action's own
/// lists plus the rules of its IP policies), checked against each connection's client address.
/// </summary>
/// <remarks>
/// The rule, from ngrok's documentation with its gaps filled:
/// <list type="number">
/// <item>An address in a deny range is denied; deny wins over allow.</item>
/// <item>With no allow ranges at all, every other address is allowed (a deny-only list would
/// otherwise deny everything; ngrok does not say, this is the useful reading).</item>
/// <item>Otherwise the address is allowed only when an allow range contains it.</item>
/// </list>
/// The reported CIDR is the most specific range of the deciding list (see <see cref="CidrSet"/>),
/// or empty when no range decided. An IPv4-mapped IPv6 address is checked as the IPv4 address
/// it carries, so an IPv4 deny range cannot be bypassed through a dual-stack listener.
/// </remarks>
public sealed class IpRestriction
{
    /// <summary>A restriction from its two sets.</summary>
    public IpRestriction(CidrSet allow, CidrSet deny)
    {
        ArgumentNullException.ThrowIfNull(allow);
        ArgumentNullException.ThrowIfNull(deny);
        Allow = allow;
        Deny = deny;
    }

    /// <summary>The allowed ranges.</summary>
    public CidrSet Allow { get; }

    /// <summary>The denied ranges.</summary>
    public CidrSet Deny { get; }

    /// <summary>Decides for one client address without allocating.</summary>
    public IpRestrictionResult Evaluate(IpAddress client)
    {
        client = client.Unmap();
        if (Deny.MatchText(client) is { } denied) return new(false, denied);
        if (Allow.IsEmpty) return new(true, string.Empty);
        return Allow.MatchText(client) is { } allowed ? new(true, allowed) : new(false, string.Empty);
    }

    /// <summary>Decides for a socket address (see <see cref="IpAddress.FromSystem"/>).</summary>
    public IpRestrictionResult Evaluate(System.Net.IPAddress client) => Evaluate(IpAddress.FromSystem(client));
}
