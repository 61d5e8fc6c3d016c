using Policy.Runtime.Network;

namespace Policy.Runtime.Tests.Network;

public class CidrSetTests
{
    private static CidrSet Set(params string[] texts)
    {
        var builder = new CidrSetBuilder();
        foreach (var t in texts) Assert.Equal(NetParseStatus.Success, builder.TryAdd(t));
        return builder.Build();
    }

    private static IpAddress Ip(string text)
    {
        Assert.True(IpAddress.TryParse(text, out var a));
        return a;
    }

    [Fact]
    public void The_most_specific_range_is_the_match()
    {
        var set = Set("10.0.0.0/8", "10.1.0.0/16", "10.1.2.0/24", "0.0.0.0/0");
        Assert.Equal("10.1.2.0/24", set.MatchText(Ip("10.1.2.3")));
        Assert.Equal("10.1.0.0/16", set.MatchText(Ip("10.1.3.3")));
        Assert.Equal("10.0.0.0/8", set.MatchText(Ip("10.2.0.0")));
        Assert.Equal("0.0.0.0/0", set.MatchText(Ip("11.0.0.0")));
        Assert.Null(set.MatchText(Ip("::1")));
    }

    [Fact]
    public void Among_equal_ranges_the_first_added_is_the_match()
    {
        var set = Set("192.168.1.7/24", "192.168.1.0/24", "192.168.0.0/16");
        Assert.Equal(0, set.IndexOfMatch(Ip("192.168.1.200")));
        Assert.Equal("192.168.1.7/24", set.MatchText(Ip("192.168.1.200")));
        Assert.Equal(2, set.IndexOfMatch(Ip("192.168.2.1")));
        Assert.True(set.TryMatch(Ip("192.168.1.1"), out var cidr));
        Assert.Equal("192.168.1.7/24", cidr.ToString());
    }

    [Fact]
    public void Ipv6_short_forms_cover_everything_of_their_family_only()
    {
        var set = Set("::/0");
        Assert.True(set.Contains(Ip("::")));
        Assert.True(set.Contains(Ip("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")));
        Assert.True(set.Contains(Ip("2001:db8::1")));
        Assert.False(set.Contains(Ip("0.0.0.0")));
        Assert.False(set.Contains(Ip("255.255.255.255")));

        var loopback = Set("::1/128", "fe80::/10");
        Assert.True(loopback.Contains(Ip("::1")));
        Assert.False(loopback.Contains(Ip("::2")));
        Assert.False(loopback.Contains(Ip("::")));
        Assert.True(loopback.Contains(Ip("febf:ffff::1")));
        Assert.False(loopback.Contains(Ip("fec0::")));
    }

    [Fact]
    public void Ranges_at_the_edges_of_the_address_space_work()
    {
        var set = Set("255.255.255.255/32", "0.0.0.0/32", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128", "::/128", "128.0.0.0/1");
        Assert.Equal("255.255.255.255/32", set.MatchText(Ip("255.255.255.255")));
        Assert.Equal("128.0.0.0/1", set.MatchText(Ip("255.255.255.254")));
        Assert.Equal("0.0.0.0/32", set.MatchText(Ip("0.0.0.0")));
        Assert.Null(set.MatchText(Ip("0.0.0.1")));
        Assert.Null(set.MatchText(Ip("127.255.255.255")));
        Assert.Equal("::/128", set.MatchText(Ip("::")));
        Assert.Null(set.MatchText(Ip("::1")));
        Assert.NotNull(set.MatchText(Ip("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")));
        Assert.Null(set.MatchText(Ip("ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe")));
    }

    [Fact]
    public void The_empty_set_contains_nothing()
    {
        Assert.False(CidrSet.Empty.Contains(Ip("1.2.3.4")));
        Assert.False(new CidrSetBuilder().Build().Contains(Ip("::")));
        Assert.True(CidrSet.Empty.IsEmpty);
    }

    [Fact]
    public void Invalid_texts_are_not_added()
    {
        var builder = new CidrSetBuilder();
        Assert.Equal(NetParseStatus.MissingPrefixLength, builder.TryAdd("10.0.0.1"));
        Assert.Equal(NetParseStatus.PrefixLengthOutOfRange, builder.TryAdd("10.0.0.0/40"));
        Assert.Equal(NetParseStatus.Success, builder.TryAdd("10.0.0.0/8"));
        Assert.Equal(1, builder.Count);
        Assert.Single(builder.Build().Cidrs);
    }

    [Fact]
    public void Texts_are_reported_as_added_and_canonically_by_default()
    {
        var withText = new CidrSetBuilder().Add(Cidr.Create(Ip("2001:db8::"), 32), "2001:DB8::/32").Build();
        Assert.Equal("2001:DB8::/32", withText.MatchText(Ip("2001:db8::1")));
        var canonical = CidrSet.Create([Cidr.Create(Ip("2001:db8::"), 32)]);
        Assert.Equal("2001:db8::/32", canonical.MatchText(Ip("2001:db8::1")));
    }

    [Fact]
    public void Socket_addresses_are_looked_up_with_mapped_ipv4_unmapped()
    {
        var set = Set("10.0.0.0/8");
        Assert.True(set.Contains(System.Net.IPAddress.Parse("10.9.8.7")));
        Assert.True(set.Contains(System.Net.IPAddress.Parse("::ffff:10.9.8.7")));
        Assert.False(set.Contains(System.Net.IPAddress.Parse("11.0.0.1")));
    }

    [Fact]
    public void Nested_ranges_make_at_most_two_intervals_each_plus_one()
    {
        var set = Set("10.0.0.0/8", "10.1.0.0/16", "10.2.0.0/16", "10.1.1.0/24", "::/0", "2001:db8::/32");
        var (v4, v6) = set.IntervalCounts;
        Assert.True(v4 <= 2 * 4 + 1, $"IPv4 intervals: {v4}");
        Assert.True(v6 <= 2 * 2 + 1, $"IPv6 intervals: {v6}");
    }

    [Fact]
    public void Lookups_do_not_allocate()
    {
        var set = Set("10.0.0.0/8", "10.1.0.0/16", "2001:db8::/32", "::/0");
        var restriction = new IpRestriction(set, Set("10.1.2.0/24"));
        var v4 = Ip("10.1.2.3");
        var v6 = Ip("2001:db8::1");
        var socket = System.Net.IPAddress.Parse("::ffff:10.1.2.3");
        var text = "2001:db8::1";
        var sink = 0;
        for (var round = 0; round < 2; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 1000; i++)
            {
                sink += set.IndexOfMatch(v4) + set.IndexOfMatch(v6);
                sink += set.MatchText(v4)!.Length;
                sink += set.Contains(socket) ? 1 : 0;
                sink += restriction.Evaluate(v4).MatchedCidr.Length;
                sink += IpAddress.Parse(text, out _) == NetParseStatus.Success ? 1 : 0;
                sink += IpAddress.IsCanonical(text) ? 1 : 0;
            }
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            // The first round warms up the JIT; only the second must be allocation-free.
            if (round == 1) Assert.Equal(0, allocated);
        }
        Assert.NotEqual(0, sink);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 7)]
    [InlineData(3, 60)]
    [InlineData(4, 500)]
    [InlineData(5, 3000)]
    public void Random_sets_agree_with_a_brute_force_search(int seed, int count)
    {
        var random = new Random(seed);
        var cidrs = new List<Cidr>(count);
        for (var i = 0; i < count; i++) cidrs.Add(RandomCidr(random));
        var set = CidrSet.Create(cidrs);

        var queries = new List<IpAddress>();
        foreach (var c in cidrs.Take(1000))
        {
            // Each range's edges and the addresses just outside them.
            var first = c.NetworkAddress;
            var last = c.LastAddress;
            queries.Add(first);
            queries.Add(last);
            queries.Add(Step(first, -1));
            queries.Add(Step(last, +1));
        }
        for (var i = 0; i < 4000; i++) queries.Add(RandomCidr(random).Address);

        foreach (var q in queries)
        {
            var expected = BruteForce(cidrs, q);
            var actual = set.IndexOfMatch(q);
            Assert.True(expected == actual, $"{q}: expected #{expected} {(expected >= 0 ? cidrs[expected] : "none")}, got #{actual} {(actual >= 0 ? cidrs[actual] : "none")}");
            Assert.Equal(expected >= 0, set.Contains(q));
        }
    }

    private static int BruteForce(List<Cidr> cidrs, IpAddress address)
    {
        var best = -1;
        for (var i = 0; i < cidrs.Count; i++)
        {
            if (cidrs[i].Contains(address) && (best < 0 || cidrs[i].PrefixLength > cidrs[best].PrefixLength))
                best = i;
        }
        return best;
    }

    private static IpAddress Step(IpAddress a, int delta)
    {
        // Wraps around at the ends of the space, which yields another valid query.
        return a.IsIPv6
            ? IpAddress.FromIPv6(delta > 0 ? a.Value + 1 : a.Value - 1)
            : IpAddress.FromIPv4(unchecked((uint)(a.IPv4Value + delta)));
    }

    private static readonly uint[] V4Bases = [0x0A000000, 0xAC100000, 0xC0A80000, 0x00000000, 0xFFFFFF00];
    private static readonly ulong[] V6Bases = [0x20010DB800000000, 0xFE80000000000000, 0xFD00000000000000, 0, 0xFFFFFFFFFFFFFFFF];

    private static Cidr RandomCidr(Random random)
    {
        // Addresses near a few bases and short host parts, so that ranges nest and collide often.
        if (random.Next(2) == 0)
        {
            var bits = random.Next(3) == 0 ? random.Next(0, 33) : random.Next(20, 33);
            var address = V4Bases[random.Next(V4Bases.Length)] ^ (uint)random.Next(0, 1 << 12);
            return Cidr.Create(IpAddress.FromIPv4(address), bits);
        }
        else
        {
            var bits = random.Next(3) == 0 ? random.Next(0, 129) : random.Next(112, 129);
            var hi = V6Bases[random.Next(V6Bases.Length)];
            var lo = random.Next(2) == 0 ? (ulong)random.Next(0, 1 << 12) : ulong.MaxValue ^ (ulong)random.Next(0, 1 << 12);
            return Cidr.Create(IpAddress.FromIPv6(new UInt128(hi, lo)), bits);
        }
    }
}
