using Policy.Runtime.Network;

namespace Policy.Runtime.Tests.Network;

public class CidrTests
{
    [Theory]
    [InlineData("10.0.0.0/8", "10.0.0.0/8", 8)]
    [InlineData("0.0.0.0/0", "0.0.0.0/0", 0)]
    [InlineData("1.2.3.4/32", "1.2.3.4/32", 32)]
    [InlineData("::/0", "::/0", 0)]
    [InlineData("::/128", "::/128", 128)]
    [InlineData("::1/128", "::1/128", 128)]
    [InlineData("2001:DB8:0::/32", "2001:db8::/32", 32)]
    [InlineData("fe80::/10", "fe80::/10", 10)]
    [InlineData("192.168.1.5/24", "192.168.1.5/24", 24)]
    public void Valid_cidrs_parse_and_print_canonically(string text, string canonical, int prefixLength)
    {
        Assert.Equal(NetParseStatus.Success, Cidr.Parse(text, out var cidr));
        Assert.Equal(canonical, cidr.ToString());
        Assert.Equal(prefixLength, cidr.PrefixLength);
    }

    [Theory]
    [InlineData("10.0.0.0", NetParseStatus.MissingPrefixLength)]
    [InlineData("::", NetParseStatus.MissingPrefixLength)]
    [InlineData("10.0.0.0/", NetParseStatus.InvalidPrefixLength)]
    [InlineData("10.0.0.0/08", NetParseStatus.InvalidPrefixLength)]
    [InlineData("10.0.0.0/00", NetParseStatus.InvalidPrefixLength)]
    [InlineData("10.0.0.0/+8", NetParseStatus.InvalidPrefixLength)]
    [InlineData("10.0.0.0/-1", NetParseStatus.InvalidPrefixLength)]
    [InlineData("10.0.0.0/ 8", NetParseStatus.InvalidPrefixLength)]
    [InlineData("10.0.0.0/8 ", NetParseStatus.InvalidPrefixLength)]
    [InlineData("10.0.0.0/255.0.0.0", NetParseStatus.InvalidPrefixLength)]
    [InlineData("10.0.0.0/33", NetParseStatus.PrefixLengthOutOfRange)]
    [InlineData("10.0.0.0/99999999999999999999", NetParseStatus.PrefixLengthOutOfRange)]
    [InlineData("::/129", NetParseStatus.PrefixLengthOutOfRange)]
    [InlineData("10.0.0.0//8", NetParseStatus.Malformed)]
    [InlineData("/8", NetParseStatus.Malformed)]
    [InlineData("", NetParseStatus.Malformed)]
    [InlineData("10.0.0/8", NetParseStatus.Malformed)]
    [InlineData("fe80::1%en0/24", NetParseStatus.ZoneNotAllowed)]
    [InlineData("fe80::1%en0", NetParseStatus.ZoneNotAllowed)]
    [InlineData("::ffff:192.168.0.1/24", NetParseStatus.Ipv4MappedNotAllowed)]
    [InlineData("::ffff:0:0/96", NetParseStatus.Ipv4MappedNotAllowed)]
    public void Invalid_cidrs_report_why(string text, NetParseStatus expected)
    {
        Assert.Equal(expected, Cidr.Parse(text, out var cidr));
        Assert.Equal(default, cidr);
        Assert.False(Cidr.TryParse(text, out _));
    }

    [Theory]
    [InlineData("10.0.0.0/8", true, "10.0.0.0/8", "10.255.255.255")]
    [InlineData("10.1.0.0/8", false, "10.0.0.0/8", "10.255.255.255")]
    [InlineData("192.168.1.5/24", false, "192.168.1.0/24", "192.168.1.255")]
    [InlineData("1.2.3.4/0", false, "0.0.0.0/0", "255.255.255.255")]
    [InlineData("1.2.3.4/32", true, "1.2.3.4/32", "1.2.3.4")]
    [InlineData("2001:db8::1/64", false, "2001:db8::/64", "2001:db8::ffff:ffff:ffff:ffff")]
    [InlineData("::/0", true, "::/0", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")]
    [InlineData("::1/0", false, "::/0", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")]
    public void The_network_address_check_and_masking_agree(string text, bool isNetworkAddress, string masked, string last)
    {
        Assert.True(Cidr.TryParse(text, out var cidr));
        Assert.Equal(isNetworkAddress, cidr.IsNetworkAddress);
        Assert.Equal(masked, cidr.Masked().ToString());
        Assert.True(cidr.Masked().IsNetworkAddress);
        Assert.Equal(last, cidr.LastAddress.ToString());
        Assert.Equal(cidr.Masked().NetworkAddress, cidr.NetworkAddress);
    }

    [Fact]
    public void Equality_is_by_address_as_written_and_length()
    {
        Assert.True(Cidr.TryParse("10.0.0.0/8", out var a));
        Assert.True(Cidr.TryParse("10.0.0.1/8", out var b));
        Assert.True(Cidr.TryParse("10.0.0.0/8", out var c));
        Assert.NotEqual(a, b);
        Assert.Equal(a, c);
        Assert.Equal(a.GetHashCode(), c.GetHashCode());
        Assert.Equal(a, b.Masked());
    }

    [Theory]
    [InlineData("10.0.0.0/8", "10.128.0.0/9", true)]
    [InlineData("10.128.0.0/9", "10.0.0.0/8", true)]
    [InlineData("10.0.0.0/9", "10.128.0.0/9", false)]
    [InlineData("::/0", "2001:db8::/32", true)]
    [InlineData("::/0", "0.0.0.0/0", false)]
    public void Overlaps_is_symmetric(string x, string y, bool expected)
    {
        Assert.True(Cidr.TryParse(x, out var a));
        Assert.True(Cidr.TryParse(y, out var b));
        Assert.Equal(expected, a.Overlaps(b));
        Assert.Equal(expected, b.Overlaps(a));
    }

    [Fact]
    public void Create_checks_the_length_against_the_family()
    {
        Assert.True(Cidr.TryCreate(IpAddress.FromIPv6(0), 128, out _));
        Assert.False(Cidr.TryCreate(IpAddress.FromIPv4(0), 33, out _));
        Assert.False(Cidr.TryCreate(IpAddress.FromIPv4(0), -1, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => Cidr.Create(IpAddress.FromIPv4(0), 33));
        Assert.Equal("0.0.0.0/32", Cidr.Create(IpAddress.FromIPv4(0), 32).ToString());
    }
}
