using Policy.Runtime.Network;
using Policy.Runtime.Values;

namespace Policy.Runtime.Tests.Network;

/// <summary>The behaviour cel-go documents for its network extension, beyond the conformance file.</summary>
public class NetworkFunctionsTests
{
    private static CelIpAddress Ip(string s) => Assert.IsType<CelIpAddress>(NetworkFunctions.StringToIp(s));

    private static CelCidr Cidr(string s) => Assert.IsType<CelCidr>(NetworkFunctions.StringToCidr(s));

    private static bool Bool(CelValue value) => Assert.IsType<CelBool>(value).Value;

    [Theory]
    [InlineData("1.2.3.4", true)]
    [InlineData("2001:db8::1", true)]
    [InlineData("not.an.ip", false)]
    [InlineData("127.0.0.1:80", false)]
    [InlineData("", false)]
    public void IsIP_matches_ip_parsing(string text, bool expected)
    {
        Assert.Equal(expected, NetworkFunctions.IsIp(text));
        Assert.Equal(expected, NetworkFunctions.StringToIp(text) is CelIpAddress);
    }

    [Theory]
    [InlineData("10.0.0.0/8", true)]
    [InlineData("::1/128", true)]
    [InlineData("10.0.0.0/999", false)]
    [InlineData("1.2.3.4", false)]
    [InlineData("::ffff:10.0.0.0/104", false)]
    public void IsCIDR_matches_cidr_parsing(string text, bool expected)
    {
        Assert.Equal(expected, NetworkFunctions.IsCidr(text));
        Assert.Equal(expected, NetworkFunctions.StringToCidr(text) is CelCidr);
    }

    [Theory]
    [InlineData("2001:db8::1", true)]
    [InlineData("2001:DB8::1", false)]
    [InlineData("2001:db8:0:0:0:0:0:1", false)]
    [InlineData("::1", true)]
    [InlineData("0::1", false)]
    [InlineData("2001:db8:0:1:1:1:1:1", true)]
    [InlineData("2001:db8::1:1:1:1:1", false)]
    public void IsCanonical_compares_with_the_RFC_5952_form(string text, bool expected)
    {
        Assert.Equal(expected, Bool(NetworkFunctions.IpIsCanonical(text)));
    }

    [Fact]
    public void IsCanonical_of_text_that_is_not_an_address_is_an_error()
    {
        Assert.IsType<CelError>(NetworkFunctions.IpIsCanonical("banana"));
        Assert.IsType<CelError>(NetworkFunctions.IpIsCanonical("fe80::1%eth0"));
    }

    [Fact]
    public void Ipv6_loopback_and_unspecified_are_recognised()
    {
        Assert.True(NetworkFunctions.IsLoopback(Ip("::1")));
        Assert.Equal(6L, NetworkFunctions.Family(Ip("::1")));
        Assert.True(NetworkFunctions.IsUnspecified(Ip("0.0.0.0")));
        Assert.True(NetworkFunctions.IsGlobalUnicast(Ip("8.8.8.8")));
    }

    [Fact]
    public void The_ip_of_a_cidr_keeps_host_bits_and_masked_clears_them()
    {
        var c = Cidr("192.168.1.5/24");
        Assert.True(NetworkFunctions.CidrIp(c).CelEquals(Ip("192.168.1.5")));
        Assert.True(NetworkFunctions.Masked(c).CelEquals(Cidr("192.168.1.0/24")));
        Assert.False(c.CelEquals(Cidr("192.168.1.0/24")));
        Assert.Equal("192.168.1.5/24", NetworkFunctions.CidrToString(c));
    }

    [Fact]
    public void Masked_of_a_masked_cidr_is_the_same_value()
    {
        var c = Cidr("192.168.1.0/24");
        Assert.Same(c, NetworkFunctions.Masked(c));
    }

    [Theory]
    [InlineData("10.0.0.0/8", "10.0.0.0", true)]
    [InlineData("10.0.0.0/8", "10.255.255.255", true)]
    [InlineData("10.0.0.0/8", "11.0.0.0", false)]
    [InlineData("10.9.9.9/8", "10.1.2.3", true)]
    [InlineData("0.0.0.0/0", "255.255.255.255", true)]
    [InlineData("::/0", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", true)]
    [InlineData("::/0", "1.2.3.4", false)]
    public void ContainsIP_uses_the_network_bits_only(string cidr, string ip, bool expected)
    {
        Assert.Equal(expected, NetworkFunctions.ContainsIp(Cidr(cidr), Ip(ip)));
        Assert.Equal(expected, Bool(NetworkFunctions.ContainsIpString(Cidr(cidr), ip)));
    }

    [Theory]
    [InlineData("10.0.0.0/8", "10.1.0.0/16", true)]
    [InlineData("10.0.0.0/8", "0.0.0.0/4", false)]
    [InlineData("10.0.0.0/8", "11.0.0.0/8", false)]
    [InlineData("10.0.0.0/8", "::1/128", false)]
    [InlineData("10.0.0.0/8", "10.0.0.0/7", false)]
    public void ContainsCIDR_requires_the_whole_other_range(string cidr, string other, bool expected)
    {
        Assert.Equal(expected, NetworkFunctions.ContainsCidr(Cidr(cidr), Cidr(other)));
        Assert.Equal(expected, Bool(NetworkFunctions.ContainsCidrString(Cidr(cidr), other)));
    }

    [Fact]
    public void The_string_overloads_report_parse_errors()
    {
        var ip = Assert.IsType<CelError>(NetworkFunctions.ContainsIpString(Cidr("10.0.0.0/8"), "not-an-ip"));
        Assert.Contains("parse error", ip.Message, StringComparison.Ordinal);
        var cidr = Assert.IsType<CelError>(NetworkFunctions.ContainsCidrString(Cidr("10.0.0.0/8"), "not-a-cidr"));
        Assert.Contains("parse error", cidr.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_print_as_the_CEL_that_makes_them()
    {
        Assert.Equal("ip(\"2001:db8::1\")", Ip("2001:DB8::1").ToString());
        Assert.Equal("cidr(\"10.0.0.0/8\")", Cidr("10.0.0.0/8").ToString());
    }

    [Fact]
    public void An_ip_is_never_equal_to_its_string_or_to_a_cidr()
    {
        Assert.False(Ip("10.0.0.1").CelEquals(CelString.Of("10.0.0.1")));
        Assert.False(Ip("10.0.0.1").CelEquals(Cidr("10.0.0.1/32")));
        Assert.False(Cidr("10.0.0.1/32").CelEquals(Ip("10.0.0.1")));
    }
}
