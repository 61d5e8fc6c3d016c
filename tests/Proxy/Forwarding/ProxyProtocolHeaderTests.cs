using System.Net;
using System.Text;
using Policy.Proxy.Forwarding;

namespace Policy.Proxy.Tests.Forwarding;

public sealed class ProxyProtocolHeaderTests
{
    private static readonly IPEndPoint Client = new(IPAddress.Parse("192.0.2.10"), 51000);
    private static readonly IPEndPoint Server = new(IPAddress.Parse("198.51.100.1"), 443);

    [Fact]
    public void Version_1_is_one_text_line()
    {
        Assert.Equal("PROXY TCP4 192.0.2.10 198.51.100.1 51000 443\r\n", Encoding.ASCII.GetString(ProxyProtocolHeader.V1(Client, Server)));
    }

    [Fact]
    public void Version_1_unmaps_ipv4_mapped_addresses_and_uses_tcp6_for_ipv6()
    {
        var mapped = new IPEndPoint(IPAddress.Parse("::ffff:192.0.2.10"), 1);
        Assert.Equal("PROXY TCP4 192.0.2.10 198.51.100.1 1 443\r\n", Encoding.ASCII.GetString(ProxyProtocolHeader.V1(mapped, Server)));
        var v6 = new IPEndPoint(IPAddress.Parse("2001:db8::1"), 2);
        Assert.Equal("PROXY TCP6 2001:db8::1 ::ffff:198.51.100.1 2 443\r\n", Encoding.ASCII.GetString(ProxyProtocolHeader.V1(v6, Server)));
    }

    [Fact]
    public void Version_2_has_the_signature_addresses_ports_and_tlvs()
    {
        var header = ProxyProtocolHeader.V2(Client, Server, "app.test", "h2");
        var expected = Convert.FromHexString(
            "0D0A0D0A000D0A515549540A" + // signature
            "21" + "11" + // v2 PROXY, TCP over IPv4
            "001C" + // 12 address bytes + ALPN TLV (3+2) + authority TLV (3+8) = 28
            "C000020A" + "C6336401" + "C738" + "01BB" +
            "01" + "0002" + "6832" +
            "02" + "0008" + Convert.ToHexString(Encoding.ASCII.GetBytes("app.test")));
        Assert.Equal(expected, header);
    }

    [Fact]
    public void Version_2_over_ipv6_uses_36_address_bytes()
    {
        var header = ProxyProtocolHeader.V2(new IPEndPoint(IPAddress.IPv6Loopback, 7), new IPEndPoint(IPAddress.IPv6Loopback, 8), null, null);
        Assert.Equal(16 + 36, header.Length);
        Assert.Equal(0x21, header[13]);
        Assert.Equal(IPAddress.IPv6Loopback, new IPAddress(header.AsSpan(16, 16)));
    }
}
