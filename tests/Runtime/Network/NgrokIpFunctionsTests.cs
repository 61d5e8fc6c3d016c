using Policy.Runtime.Network;
using Policy.Runtime.Values;

namespace Policy.Runtime.Tests.Network;

public class NgrokIpFunctionsTests
{
    [Theory]
    [InlineData("10.1.2.3", "10.0.0.0/8", true)]
    [InlineData("11.1.2.3", "10.0.0.0/8", false)]
    [InlineData("10.1.2.3", "10.9.9.9/8", true)]
    [InlineData("2001:db8::1", "2001:db8::/32", true)]
    [InlineData("2001:db8::1", "::/0", true)]
    [InlineData("10.1.2.3", "::/0", false)]
    [InlineData("::ffff:10.1.2.3", "10.0.0.0/8", true)]
    [InlineData("10.1.2.3", "10.0.0.0", false)]
    [InlineData("10.1.2.3", "10.0.0.0/33", false)]
    [InlineData("10.1.2.3", "banana", false)]
    [InlineData("10.1.2.3", "", false)]
    [InlineData("not an ip", "0.0.0.0/0", false)]
    [InlineData("fe80::1%eth0", "fe80::/10", false)]
    public void InCidrRange_is_false_for_anything_invalid(string ip, string cidr, bool expected)
    {
        Assert.Equal(expected, NgrokIpFunctions.InCidrRange(ip, cidr));
    }

    [Fact]
    public void InCidrRanges_ignores_invalid_entries()
    {
        var list = CelList.OfStrings(["nonsense", "10.0.0.0/33", "192.168.0.0/16", "2001:db8::/32"]);
        Assert.True(NgrokIpFunctions.InCidrRanges("192.168.4.4", list));
        Assert.True(NgrokIpFunctions.InCidrRanges("2001:db8::7", list));
        Assert.False(NgrokIpFunctions.InCidrRanges("10.0.0.1", list));
        Assert.False(NgrokIpFunctions.InCidrRanges("192.168.4.4", CelList.Empty));
        Assert.False(NgrokIpFunctions.InCidrRanges("garbage", list));
    }

    [Fact]
    public void InCidrRanges_skips_elements_that_are_not_strings()
    {
        var list = CelList.Wrap([CelInt.Of(10), CelString.Of("10.0.0.0/8")]);
        Assert.True(NgrokIpFunctions.InCidrRanges("10.0.0.1", list));
    }

    [Fact]
    public void InCidrSet_answers_like_InCidrRanges()
    {
        string[] texts = ["nonsense", "192.168.0.0/16", "2001:db8::/32"];
        var builder = new CidrSetBuilder();
        foreach (var t in texts) builder.TryAdd(t);
        var set = builder.Build();
        var list = CelList.OfStrings(texts);
        foreach (var ip in new[] { "192.168.1.1", "192.169.1.1", "2001:db8::1", "::1", "x", "::ffff:192.168.0.1" })
            Assert.Equal(NgrokIpFunctions.InCidrRanges(ip, list), NgrokIpFunctions.InCidrSet(ip, set));
    }

    [Theory]
    [InlineData("10.0.0.1", true)]
    [InlineData("172.16.5.4", true)]
    [InlineData("172.32.0.1", false)]
    [InlineData("192.168.255.255", true)]
    [InlineData("8.8.8.8", false)]
    [InlineData("127.0.0.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("fd12:3456::1", true)]
    [InlineData("fc00::", true)]
    [InlineData("fe80::1", false)]
    [InlineData("::1", false)]
    [InlineData("2606:4700::1111", false)]
    [InlineData("::ffff:192.168.1.1", true)]
    [InlineData("010.0.0.1", false)]
    [InlineData("", false)]
    public void IsPrivateIp_covers_RFC_1918_and_unique_local_only(string ip, bool expected)
    {
        Assert.Equal(expected, NgrokIpFunctions.IsPrivateIp(ip));
    }
}
