using Policy.Runtime.Network;

namespace Policy.Runtime.Tests.Network;

public class IpRestrictionTests
{
    private static CidrSet Set(params string[] texts)
    {
        var builder = new CidrSetBuilder();
        foreach (var t in texts) Assert.Equal(NetParseStatus.Success, builder.TryAdd(t));
        return builder.Build();
    }

    private static IpRestrictionResult Evaluate(IpRestriction r, string ip)
    {
        Assert.True(IpAddress.TryParse(ip, out var a));
        return r.Evaluate(a);
    }

    [Fact]
    public void An_address_in_the_allow_list_is_allowed_with_the_matching_cidr()
    {
        var r = new IpRestriction(Set("10.0.0.0/8", "10.1.0.0/16", "2001:db8::/32"), CidrSet.Empty);
        Assert.Equal(new IpRestrictionResult(true, "10.1.0.0/16"), Evaluate(r, "10.1.2.3"));
        Assert.Equal(new IpRestrictionResult(true, "2001:db8::/32"), Evaluate(r, "2001:db8::9"));
        Assert.Equal("allow", Evaluate(r, "10.1.2.3").Action);
    }

    [Fact]
    public void An_address_outside_a_non_empty_allow_list_is_denied_without_a_cidr()
    {
        var r = new IpRestriction(Set("10.0.0.0/8"), CidrSet.Empty);
        var result = Evaluate(r, "192.0.2.1");
        Assert.Equal(new IpRestrictionResult(false, ""), result);
        Assert.Equal("deny", result.Action);
    }

    [Fact]
    public void Deny_wins_over_allow()
    {
        var r = new IpRestriction(Set("10.0.0.0/8"), Set("10.1.2.0/24"));
        Assert.Equal(new IpRestrictionResult(false, "10.1.2.0/24"), Evaluate(r, "10.1.2.3"));
        Assert.Equal(new IpRestrictionResult(true, "10.0.0.0/8"), Evaluate(r, "10.1.3.3"));
    }

    [Fact]
    public void A_deny_only_restriction_allows_everything_else()
    {
        var r = new IpRestriction(CidrSet.Empty, Set("::/0"));
        Assert.Equal(new IpRestrictionResult(true, ""), Evaluate(r, "192.0.2.1"));
        Assert.Equal(new IpRestrictionResult(false, "::/0"), Evaluate(r, "2001:db8::1"));
    }

    [Fact]
    public void A_mapped_client_address_cannot_bypass_an_ipv4_deny_range()
    {
        var r = new IpRestriction(CidrSet.Empty, Set("203.0.113.0/24"));
        var mapped = IpAddress.FromIPv6(((UInt128)0xffff << 32) | 0xCB007105);
        Assert.False(r.Evaluate(mapped).IsAllowed);
        Assert.False(r.Evaluate(System.Net.IPAddress.Parse("::ffff:203.0.113.5")).IsAllowed);
    }
}
