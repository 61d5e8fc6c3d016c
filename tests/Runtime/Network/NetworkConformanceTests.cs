using Policy.Runtime.Network;
using Policy.Runtime.Types;
using Policy.Runtime.Values;

namespace Policy.Runtime.Tests.Network;

/// <summary>
/// Every case of the CEL conformance file network_ext.textproto, evaluated by calling the
/// implementations directly. Each test names its case as file/section/test.
/// </summary>
public class NetworkConformanceTests
{
    private static CelIpAddress Ip(string s) => Assert.IsType<CelIpAddress>(NetworkFunctions.StringToIp(s));

    private static CelCidr Cidr(string s) => Assert.IsType<CelCidr>(NetworkFunctions.StringToCidr(s));

    private static void AssertError(CelValue value, string messagePart)
    {
        var error = Assert.IsType<CelError>(value);
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
    }

    private static bool Bool(CelValue value) => Assert.IsType<CelBool>(value).Value;

    // --- section ip_type ---

    [Fact] // network_ext/ip_type/parse_ipv4 and ip_to_string
    public void An_ipv4_address_converts_back_to_the_same_string()
    {
        Assert.Equal("192.168.0.1", NetworkFunctions.IpToString(Ip("192.168.0.1")));
    }

    [Fact] // network_ext/ip_type/parse_invalid_ipv4
    public void Five_dotted_fields_are_not_an_ipv4_address()
    {
        AssertError(NetworkFunctions.StringToIp("192.168.0.1.0"), "IP Address '192.168.0.1.0' parse error during conversion from string");
    }

    [Fact] // network_ext/ip_type/is_ip_valid_ipv4 and is_ip_invalid_ipv4
    public void IsIP_says_yes_for_an_address_and_no_for_five_fields()
    {
        Assert.True(NetworkFunctions.IsIp("192.168.0.1"));
        Assert.False(NetworkFunctions.IsIp("192.168.0.1.0"));
    }

    [Fact] // network_ext/ip_type/ip_is_canonical_valid_ipv4
    public void Dotted_decimal_ipv4_is_canonical()
    {
        Assert.True(Bool(NetworkFunctions.IpIsCanonical("127.0.0.1")));
    }

    [Fact] // network_ext/ip_type/ip_is_canonical_non_canonical_ipv6
    public void Upper_case_ipv6_is_not_canonical()
    {
        Assert.False(Bool(NetworkFunctions.IpIsCanonical("2001:DB8::68")));
    }

    [Fact] // network_ext/ip_type/parse_ipv6
    public void An_ipv6_address_converts_back_to_the_same_string()
    {
        Assert.Equal("2001:db8::68", NetworkFunctions.IpToString(Ip("2001:db8::68")));
    }

    [Fact] // network_ext/ip_type/parse_invalid_ipv6
    public void A_triple_colon_is_not_ipv6()
    {
        AssertError(NetworkFunctions.StringToIp("2001:db8:::68"), "IP Address '2001:db8:::68' parse error");
    }

    [Fact] // network_ext/ip_type/parse_invalid_ipv6_with_zone
    public void An_ipv6_zone_is_rejected()
    {
        AssertError(NetworkFunctions.StringToIp("fe80::1%en0"), "IP Address with zone value is not allowed");
    }

    // --- section ipv4 ---

    [Fact] // network_ext/ipv4/ipv4_family
    public void Ipv4_family_is_4()
    {
        Assert.Equal(4L, NetworkFunctions.Family(Ip("192.168.0.1")));
    }

    [Fact] // network_ext/ipv4/ipv4_is_unspecified_false
    public void Ipv4_loopback_is_not_unspecified()
    {
        Assert.False(NetworkFunctions.IsUnspecified(Ip("127.0.0.1")));
    }

    [Fact] // network_ext/ipv4/ipv4_is_loopback_true and ipv4_is_loopback_false
    public void Ipv4_loopback_is_127_only()
    {
        Assert.True(NetworkFunctions.IsLoopback(Ip("127.0.0.1")));
        Assert.False(NetworkFunctions.IsLoopback(Ip("1.2.3.4")));
    }

    [Fact] // network_ext/ipv4/ipv4_is_global_unicast_true and ipv4_is_global_unicast_false
    public void Private_ipv4_is_global_unicast_but_broadcast_is_not()
    {
        Assert.True(NetworkFunctions.IsGlobalUnicast(Ip("192.168.0.1")));
        Assert.False(NetworkFunctions.IsGlobalUnicast(Ip("255.255.255.255")));
    }

    [Fact] // network_ext/ipv4/is_link_local_multicast_true and is_link_local_multicast_false
    public void Ipv4_link_local_multicast_is_224_0_0_slash_24()
    {
        Assert.True(NetworkFunctions.IsLinkLocalMulticast(Ip("224.0.0.1")));
        Assert.False(NetworkFunctions.IsLinkLocalMulticast(Ip("224.0.1.1")));
    }

    [Fact] // network_ext/ipv4/is_link_local_unicast_true
    public void The_metadata_address_is_link_local_unicast()
    {
        Assert.True(NetworkFunctions.IsLinkLocalUnicast(Ip("169.254.169.254")));
    }

    [Fact] // network_ext/ipv4/ipv4_not_equals
    public void Different_ipv4_addresses_are_not_equal()
    {
        Assert.False(Ip("127.0.0.1").CelEquals(Ip("10.0.0.1")));
    }

    // --- section ipv6 ---

    [Fact] // network_ext/ipv6/family
    public void Ipv6_family_is_6()
    {
        Assert.Equal(6L, NetworkFunctions.Family(Ip("2001:db8::68")));
    }

    [Fact] // network_ext/ipv6/is_unspecified_true
    public void Double_colon_is_unspecified()
    {
        Assert.True(NetworkFunctions.IsUnspecified(Ip("::")));
    }

    [Fact] // network_ext/ipv6/is_global_unicast_true and is_global_unicast_false
    public void Documentation_ipv6_is_global_unicast_but_multicast_is_not()
    {
        Assert.True(NetworkFunctions.IsGlobalUnicast(Ip("2001:db8::abcd")));
        Assert.False(NetworkFunctions.IsGlobalUnicast(Ip("ff00::1")));
    }

    [Fact] // network_ext/ipv6/is_link_local_multicast_true
    public void All_nodes_multicast_is_link_local_multicast()
    {
        Assert.True(NetworkFunctions.IsLinkLocalMulticast(Ip("ff02::1")));
    }

    [Fact] // network_ext/ipv6/is_link_local_unicast_true and is_link_local_unicast_false
    public void Ipv6_link_local_unicast_is_fe80_slash_10()
    {
        Assert.True(NetworkFunctions.IsLinkLocalUnicast(Ip("fe80::1")));
        Assert.False(NetworkFunctions.IsLinkLocalUnicast(Ip("fd80::1")));
    }

    [Fact] // network_ext/ipv6/ipv6_equals
    public void Ipv6_equality_ignores_letter_case_of_the_input()
    {
        Assert.True(Ip("2001:db8::1").CelEquals(Ip("2001:DB8::1")));
        Assert.Equal(Ip("2001:db8::1").CelHash(), Ip("2001:DB8::1").CelHash());
    }

    // --- section cidr ---

    [Fact] // network_ext/cidr/parse_cidr_ipv4
    public void Cidr_values_have_type_net_CIDR()
    {
        Assert.Equal(CelType.Cidr, Cidr("192.168.0.0/24").Type);
        Assert.Equal("net.CIDR", Cidr("192.168.0.0/24").Type.Name);
        Assert.Equal(CelKind.Opaque, Cidr("192.168.0.0/24").Kind);
    }

    [Fact] // network_ext/cidr/parse_invalid_cidr_ipv4
    public void A_slash_without_length_is_an_error()
    {
        AssertError(NetworkFunctions.StringToCidr("192.168.0.0/"), "network address parse error during conversion from string");
    }

    [Fact] // network_ext/cidr/parse_invalid_cidr_with_zone
    public void A_cidr_with_a_zone_is_an_error()
    {
        AssertError(NetworkFunctions.StringToCidr("fe80::1%en0/24"), "CIDR with zone value is not allowed");
    }

    [Fact] // network_ext/cidr/parse_invalid_cidr_ipv4_in_ipv6
    public void A_cidr_on_an_ipv4_mapped_address_is_an_error()
    {
        AssertError(NetworkFunctions.StringToCidr("::ffff:192.168.0.1/24"), "IPv4-mapped IPv6 address is not allowed");
    }

    [Fact] // network_ext/cidr/cidr_not_equals_ipv4_ipv6
    public void Cidrs_of_different_families_are_not_equal()
    {
        Assert.False(Cidr("2001:db8::/32").CelEquals(Cidr("10.0.0.1/32")));
    }

    [Fact] // network_ext/cidr/cidr_contains_ip_ipv4_object and cidr_does_not_contain_ip_ipv4_object
    public void An_ipv4_cidr_contains_addresses_of_its_network_only()
    {
        Assert.True(NetworkFunctions.ContainsIp(Cidr("192.168.0.0/24"), Ip("192.168.0.1")));
        Assert.False(NetworkFunctions.ContainsIp(Cidr("192.168.0.0/24"), Ip("192.168.1.1")));
    }

    [Fact] // network_ext/cidr/cidr_contains_ip_ipv4_string
    public void ContainsIP_accepts_a_string()
    {
        Assert.True(Bool(NetworkFunctions.ContainsIpString(Cidr("192.168.0.0/24"), "192.168.0.1")));
    }

    [Fact] // network_ext/cidr/cidr_contains_cidr_ipv4_object_32
    public void A_network_contains_a_host_route_inside_it()
    {
        Assert.True(NetworkFunctions.ContainsCidr(Cidr("192.168.0.0/24"), Cidr("192.168.0.1/32")));
    }

    [Fact] // network_ext/cidr/cidr_contains_cidr
    public void A_cidr_contains_itself()
    {
        Assert.True(NetworkFunctions.ContainsCidr(Cidr("10.0.0.0/8"), Cidr("10.0.0.0/8")));
    }

    [Fact] // network_ext/cidr/cidr_ipv6_not_contains_ip_ipv4_object and cidr_ipv4_not_contains_ip_ipv6_object
    public void ContainsIP_is_false_across_families()
    {
        Assert.False(NetworkFunctions.ContainsIp(Cidr("2001:db8::/32"), Ip("192.168.1.1")));
        Assert.False(NetworkFunctions.ContainsIp(Cidr("192.168.1.1/32"), Ip("2001:db8::1")));
    }

    [Fact] // network_ext/cidr/cidr_get_ip_ipv4
    public void The_ip_of_an_ipv4_cidr_is_its_address()
    {
        Assert.True(NetworkFunctions.CidrIp(Cidr("192.168.0.0/24")).CelEquals(Ip("192.168.0.0")));
    }

    [Fact] // network_ext/cidr/cidr_prefix_length_ipv4
    public void PrefixLength_of_a_slash_24_is_24()
    {
        Assert.Equal(24L, NetworkFunctions.PrefixLength(Cidr("192.168.0.0/24")));
    }

    [Fact] // network_ext/cidr/parse_cidr_ipv6
    public void An_ipv6_cidr_converts_back_to_the_same_string()
    {
        Assert.Equal("2001:db8::/32", NetworkFunctions.CidrToString(Cidr("2001:db8::/32")));
    }

    [Fact] // network_ext/cidr/cidr_contains_ip_ipv6_object
    public void An_ipv6_cidr_contains_an_address_inside_it()
    {
        Assert.True(NetworkFunctions.ContainsIp(Cidr("2001:db8::/32"), Ip("2001:db8::1")));
    }

    [Fact] // network_ext/cidr/cidr_contains_cidr_ipv6_object
    public void An_ipv6_cidr_contains_its_first_half()
    {
        Assert.True(NetworkFunctions.ContainsCidr(Cidr("2001:db8::/32"), Cidr("2001:db8::/33")));
    }

    [Fact] // network_ext/cidr/cidr_get_ip_ipv6
    public void The_ip_of_an_ipv6_cidr_is_its_address()
    {
        Assert.True(NetworkFunctions.CidrIp(Cidr("2001:db8::/32")).CelEquals(Ip("2001:db8::")));
    }

    [Fact] // network_ext/cidr/cidr_prefix_length_ipv6
    public void PrefixLength_of_an_ipv6_slash_32_is_32()
    {
        Assert.Equal(32L, NetworkFunctions.PrefixLength(Cidr("2001:db8::/32")));
    }

    [Fact] // network_ext/cidr/cidr_to_string
    public void An_ipv4_cidr_converts_back_to_the_same_string()
    {
        Assert.Equal("192.168.0.0/24", NetworkFunctions.CidrToString(Cidr("192.168.0.0/24")));
    }
}
