namespace Policy.Runtime.Network;

/// <summary>
/// What <see cref="IpRestriction.Evaluate(IpAddress)"/> decided: the values of the result
/// variables <c>actions.ngrok.restrict_ips.action</c> and <c>.matched_cidr</c>.
/// </summary>
/// <param name="IsAllowed">True when the connection may proceed.</param>
/// <param name="MatchedCidr">The text of the range that decided, or empty when none did.</param>
public readonly record struct IpRestrictionResult(bool IsAllowed, string MatchedCidr)
{
    /// <summary><c>allow</c> or <c>deny</c>, as the action reports it.</summary>
    public string Action => IsAllowed ? "allow" : "deny";
}
