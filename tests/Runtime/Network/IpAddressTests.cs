using Policy.Runtime.Network;

namespace Policy.Runtime.Tests.Network;

public class IpAddressTests
{
    [Theory]
    [InlineData("0.0.0.0", "0.0.0.0")]
    [InlineData("255.255.255.255", "255.255.255.255")]
    [InlineData("10.0.0.1", "10.0.0.1")]
    [InlineData("::", "::")]
    [InlineData("::1", "::1")]
    [InlineData("1::", "1::")]
    [InlineData("1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0")]
    [InlineData("::2:3:4:5:6:7:8", "0:2:3:4:5:6:7:8")]
    [InlineData("0001:0db8::", "1:db8::")]
    [InlineData("FFFF::", "ffff::")]
    [InlineData("2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1")]
    [InlineData("1:0:0:2:0:0:0:3", "1:0:0:2::3")]
    [InlineData("0:0:1:0:0:1:0:0", "::1:0:0:1:0:0")]
    [InlineData("1:0:1:1:1:1:1:1", "1:0:1:1:1:1:1:1")]
    [InlineData("1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:102:304")]
    [InlineData("::1.2.3.4", "::102:304")]
    [InlineData("1::1.2.3.4", "1::102:304")]
    [InlineData("64:ff9b::192.0.2.33", "64:ff9b::c000:221")]
    [InlineData("fe80:0000:0000:0000:0000:0000:0000:0001", "fe80::1")]
    public void Valid_addresses_parse_and_print_canonically(string text, string canonical)
    {
        Assert.Equal(NetParseStatus.Success, IpAddress.Parse(text, out var address));
        Assert.Equal(canonical, address.ToString());
        Assert.True(IpAddress.TryParse(canonical, out var again));
        Assert.Equal(address, again);
        Assert.True(IpAddress.IsCanonical(canonical));
        Assert.Equal(text == canonical, IpAddress.IsCanonical(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("1.2.3")]
    [InlineData("1.2.3.4.5")]
    [InlineData("01.2.3.4")]
    [InlineData("1.2.3.00")]
    [InlineData("1.2.3.256")]
    [InlineData("1..2.3")]
    [InlineData(".1.2.3")]
    [InlineData("1.2.3.4.")]
    [InlineData(" 1.2.3.4")]
    [InlineData("1.2.3.4 ")]
    [InlineData("1.2.3.4/32")]
    [InlineData("1.2.3.4:80")]
    [InlineData("0x7f.0.0.1")]
    [InlineData("\u0661.\u0662.\u0663.\u0664")]
    [InlineData("[::1]")]
    [InlineData("::1%")]
    [InlineData("%eth0")]
    [InlineData("12345::")]
    [InlineData("00001::")]
    [InlineData("1:2:3:4:5:6:7:8:9")]
    [InlineData("1:2:3:4:5:6:7")]
    [InlineData("1::2::3")]
    [InlineData(":1::")]
    [InlineData("1:")]
    [InlineData(":::")]
    [InlineData("1:2:3:4:5:6:7:8::")]
    [InlineData("::1:2:3:4:5:6:7:8")]
    [InlineData("::1.2.3")]
    [InlineData("1:2:3:4:5:6:7:1.2.3.4")]
    [InlineData("1:2:3:4:5:1.2.3.4")]
    [InlineData("1.2.3.4::")]
    [InlineData("::01.2.3.4")]
    [InlineData("::1.2.3.4:5")]
    [InlineData("g::1")]
    [InlineData("1.2.3.4%eth0")]
    [InlineData("2001:db8:::68")]
    public void Malformed_text_is_rejected(string text)
    {
        Assert.Equal(NetParseStatus.Malformed, IpAddress.Parse(text, out var address));
        Assert.Equal(default, address);
        Assert.False(IpAddress.TryParse(text, out _));
        Assert.False(IpAddress.IsCanonical(text));
    }

    [Theory]
    [InlineData("fe80::1%eth0")]
    [InlineData("fe80::1%1")]
    [InlineData("::%a/b")]
    public void Zones_are_rejected_with_their_own_status(string text)
    {
        Assert.Equal(NetParseStatus.ZoneNotAllowed, IpAddress.Parse(text, out _));
        Assert.Equal(NetParseStatus.ZoneNotAllowed, IpAddress.Parse(text, out _, IpParseOptions.UnmapIpv4Mapped));
    }

    [Fact]
    public void A_zone_on_malformed_text_is_just_malformed()
    {
        Assert.Equal(NetParseStatus.Malformed, IpAddress.Parse("fe80:::1%eth0", out _));
    }

    [Theory]
    [InlineData("::ffff:1.2.3.4", "1.2.3.4")]
    [InlineData("::ffff:c0a8:1", "192.168.0.1")]
    [InlineData("0:0:0:0:0:FFFF:10.0.0.1", "10.0.0.1")]
    public void Ipv4_mapped_addresses_are_rejected_unless_unmapping_is_asked_for(string text, string unmapped)
    {
        Assert.Equal(NetParseStatus.Ipv4MappedNotAllowed, IpAddress.Parse(text, out _));
        Assert.Equal(NetParseStatus.Success, IpAddress.Parse(text, out var address, IpParseOptions.UnmapIpv4Mapped));
        Assert.True(address.IsIPv4);
        Assert.Equal(unmapped, address.ToString());
    }

    [Fact]
    public void A_mapped_address_built_from_bits_prints_with_a_dotted_tail()
    {
        var mapped = IpAddress.FromIPv6(((UInt128)0xffff << 32) | 0x01020304);
        Assert.True(mapped.IsIPv4Mapped);
        Assert.Equal("::ffff:1.2.3.4", mapped.ToString());
        Assert.Equal(IpAddress.FromIPv4(0x01020304), mapped.Unmap());
        Assert.True(IpAddress.FromIPv6((UInt128)0xffff << 32 | 0x7f000001).IsLoopback);
    }

    [Fact]
    public void Ipv4_and_ipv6_with_the_same_bits_differ()
    {
        var v4 = IpAddress.FromIPv4(1);
        var v6 = IpAddress.FromIPv6(1);
        Assert.NotEqual(v4, v6);
        Assert.True(v4 < v6);
        Assert.Equal(4, v4.Family);
        Assert.Equal(6, v6.Family);
    }

    [Theory]
    [InlineData("10.0.0.1", true)]
    [InlineData("10.255.255.255", true)]
    [InlineData("11.0.0.1", false)]
    [InlineData("172.16.0.0", true)]
    [InlineData("172.31.255.255", true)]
    [InlineData("172.15.255.255", false)]
    [InlineData("172.32.0.0", false)]
    [InlineData("192.168.1.1", true)]
    [InlineData("192.169.0.1", false)]
    [InlineData("127.0.0.1", false)]
    [InlineData("169.254.1.1", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("fc00::1", true)]
    [InlineData("fdff:ffff::1", true)]
    [InlineData("fe00::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("::1", false)]
    [InlineData("2001:db8::1", false)]
    public void Private_means_RFC_1918_or_unique_local(string text, bool expected)
    {
        Assert.True(IpAddress.TryParse(text, out var address));
        Assert.Equal(expected, address.IsPrivate);
    }

    [Theory]
    [InlineData("0.0.0.0", false, false, false, false, false, true)]
    [InlineData("255.255.255.255", false, false, false, false, false, false)]
    [InlineData("127.255.0.1", true, false, false, false, false, false)]
    [InlineData("239.1.1.1", false, true, false, false, false, false)]
    [InlineData("224.0.0.251", false, true, true, false, false, false)]
    [InlineData("169.254.0.1", false, false, false, true, false, false)]
    [InlineData("8.8.8.8", false, false, false, false, true, false)]
    [InlineData("::", false, false, false, false, false, true)]
    [InlineData("::1", true, false, false, false, false, false)]
    [InlineData("ff12::1", false, true, true, false, false, false)]
    [InlineData("ff05::1", false, true, false, false, false, false)]
    [InlineData("febf::1", false, false, false, true, false, false)]
    [InlineData("fec0::1", false, false, false, false, true, false)]
    [InlineData("fd00::1", false, false, false, false, true, false)]
    public void Address_classes_follow_the_network_extension(string text, bool loopback, bool multicast,
        bool linkLocalMulticast, bool linkLocalUnicast, bool globalUnicast, bool unspecified)
    {
        Assert.True(IpAddress.TryParse(text, out var a));
        Assert.Equal(loopback, a.IsLoopback);
        Assert.Equal(multicast, a.IsMulticast);
        Assert.Equal(linkLocalMulticast, a.IsLinkLocalMulticast);
        Assert.Equal(linkLocalUnicast, a.IsLinkLocalUnicast);
        Assert.Equal(globalUnicast, a.IsGlobalUnicast);
        Assert.Equal(unspecified, a.IsUnspecified);
    }

    [Fact]
    public void Socket_addresses_convert_and_mapped_ones_become_ipv4()
    {
        var mapped = System.Net.IPAddress.Parse("::ffff:10.1.2.3");
        Assert.Equal("10.1.2.3", IpAddress.FromSystem(mapped).ToString());
        var scoped = System.Net.IPAddress.Parse("fe80::1%3");
        Assert.Equal("fe80::1", IpAddress.FromSystem(scoped).ToString());
        Assert.Equal("192.0.2.1", IpAddress.FromSystem(System.Net.IPAddress.Parse("192.0.2.1")).ToString());
        Assert.Equal(System.Net.IPAddress.Parse("2001:db8::5"), IpAddress.FromSystem(System.Net.IPAddress.Parse("2001:db8::5")).ToSystem());
    }

    [Fact]
    public void Bytes_of_length_4_or_16_make_addresses()
    {
        Assert.True(IpAddress.TryFromBytes([192, 0, 2, 1], out var v4));
        Assert.Equal("192.0.2.1", v4.ToString());
        Assert.True(IpAddress.TryFromBytes([0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], out var v6));
        Assert.Equal("2001:db8::1", v6.ToString());
        Assert.False(IpAddress.TryFromBytes([1, 2, 3], out _));
    }

    [Fact]
    public void TryFormat_reports_a_short_buffer()
    {
        var a = IpAddress.FromIPv4(0xC0000201);
        Assert.False(a.TryFormat(new char[5], out var n));
        Assert.Equal(0, n);
        var buffer = new char[IpAddress.MaxTextLength];
        Assert.True(IpAddress.FromIPv6(UInt128.MaxValue).TryFormat(buffer, out n));
        Assert.Equal("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", new string(buffer, 0, n));
    }

    [Fact]
    public void Mask_clears_host_bits()
    {
        Assert.True(IpAddress.TryParse("10.1.2.3", out var a));
        Assert.Equal("10.0.0.0", a.Mask(8).ToString());
        Assert.Equal("0.0.0.0", a.Mask(0).ToString());
        Assert.Equal("10.1.2.3", a.Mask(32).ToString());
        Assert.True(IpAddress.TryParse("2001:db8:ffff::1", out var b));
        Assert.Equal("2001:db8::", b.Mask(32).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => a.Mask(33));
    }
}
