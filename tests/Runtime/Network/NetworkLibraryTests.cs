using Policy.Runtime.Functions;
using Policy.Runtime.Network;
using Policy.Runtime.Types;
using Policy.Runtime.Values;

namespace Policy.Runtime.Tests.Network;

public class NetworkLibraryTests
{
    private static Overload Find(CelLibrary library, string id) =>
        library.Functions.SelectMany(f => f.Overloads).Single(o => o.Id == id);

    [Fact]
    public void The_network_library_declares_cel_go_functions_and_overload_ids()
    {
        var ids = NetworkLibrary.Instance.Functions.ToDictionary(f => f.Name, f => f.Overloads.Select(o => o.Id).ToArray());
        Assert.Equal("network", NetworkLibrary.Instance.Name);
        Assert.Equal(["is_ip"], ids["isIP"]);
        Assert.Equal(["is_cidr"], ids["isCIDR"]);
        Assert.Equal(["string_to_ip", "cidr_ip"], ids["ip"]);
        Assert.Equal(["string_to_cidr"], ids["cidr"]);
        Assert.Equal(["ip_is_canonical"], ids["ip.isCanonical"]);
        Assert.Equal(["ip_family"], ids["family"]);
        Assert.Equal(["ip_is_loopback"], ids["isLoopback"]);
        Assert.Equal(["ip_is_global_unicast"], ids["isGlobalUnicast"]);
        Assert.Equal(["ip_is_unspecified"], ids["isUnspecified"]);
        Assert.Equal(["ip_is_link_local_multicast"], ids["isLinkLocalMulticast"]);
        Assert.Equal(["ip_is_link_local_unicast"], ids["isLinkLocalUnicast"]);
        Assert.Equal(["cidr_contains_ip", "cidr_contains_ip_string"], ids["containsIP"]);
        Assert.Equal(["cidr_contains_cidr", "cidr_contains_cidr_string"], ids["containsCIDR"]);
        Assert.Equal(["cidr_masked"], ids["masked"]);
        Assert.Equal(["cidr_prefix_length"], ids["prefixLength"]);
        Assert.Equal(["ip_to_string", "cidr_to_string"], ids["string"]);
        Assert.Equal([CelType.IpAddress, CelType.Cidr], NetworkLibrary.Instance.Types.ToArray());
    }

    [Theory]
    [InlineData("network")]
    [InlineData("ngrok.ip")]
    public void Every_overload_has_a_unique_id_and_a_public_static_method(string name)
    {
        CelLibrary library = name == "network" ? NetworkLibrary.Instance : NgrokIpLibrary.Instance;
        Assert.Equal(name, library.Name);
        var overloads = library.Functions.SelectMany(f => f.Overloads).ToList();
        Assert.Equal(overloads.Count, overloads.Select(o => o.Id).Distinct().Count());
        foreach (var o in overloads)
        {
            Assert.NotNull(o.Method);
            Assert.True(o.Method!.IsPublic, o.Id);
        }
    }

    [Fact]
    public void Member_overloads_take_the_receiver_first()
    {
        var o = Find(NetworkLibrary.Instance, "cidr_contains_ip_string");
        Assert.True(o.IsInstance);
        Assert.Equal([CelType.Cidr, CelType.String], o.Parameters.ToArray());
        Assert.False(Find(NetworkLibrary.Instance, "string_to_ip").IsInstance);
        Assert.True(Find(NetworkLibrary.Instance, "cidr_ip").IsInstance);
        Assert.True(Find(NgrokIpLibrary.Instance, "string_is_private_ip").IsInstance);
    }

    [Fact]
    public void Overloads_run_through_the_generic_invoke_path()
    {
        var cidr = Find(NetworkLibrary.Instance, "string_to_cidr").Invoke([CelString.Of("10.0.0.0/8")]);
        var ip = Find(NetworkLibrary.Instance, "string_to_ip").Invoke([CelString.Of("10.2.3.4")]);
        var contains = Find(NetworkLibrary.Instance, "cidr_contains_ip");
        Assert.True(contains.Accepts([cidr, ip]));
        Assert.False(contains.Accepts([ip, cidr]));
        Assert.Same(CelBool.True, contains.Invoke([cidr, ip]));
        Assert.Equal(CelInt.Of(8), Find(NetworkLibrary.Instance, "cidr_prefix_length").Invoke([cidr]));
        Assert.Equal(CelString.Of("10.2.3.4"), Find(NetworkLibrary.Instance, "ip_to_string").Invoke([ip]));
        Assert.IsType<CelError>(Find(NetworkLibrary.Instance, "string_to_ip").Invoke([CelString.Of("x")]));

        var ranges = Find(NgrokIpLibrary.Instance, "in_cidr_ranges_string_list_string");
        Assert.Equal([CelType.String, CelType.List(CelType.String)], ranges.Parameters.ToArray());
        Assert.Same(CelBool.True, ranges.Invoke([CelString.Of("10.0.0.1"), CelList.OfStrings(["10.0.0.0/8"])]));
        Assert.Same(CelBool.True, Find(NgrokIpLibrary.Instance, "in_cidr_range_string_string")
            .Invoke([CelString.Of("10.0.0.1"), CelString.Of("10.0.0.0/8")]));
    }
}
