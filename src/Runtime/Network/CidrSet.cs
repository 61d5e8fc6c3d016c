using System.Collections.Immutable;

namespace Policy.Runtime.Network;

/// <summary>
/// An immutable set of CIDR ranges of both families, built once (per policy, not per
/// connection) and then asked, for each client address, whether a range contains it and
/// which one. A lookup is a binary search over precomputed intervals: O(log n), no allocation.
/// </summary>
/// <remarks>
/// When several ranges contain an address, the most specific one (longest prefix) is the
/// match; when the same range was added more than once (also as <c>10.0.0.5/8</c> and
/// <c>10.0.0.0/8</c>, which cover the same addresses), the one added first is the match. An
/// IPv4 address is only ever matched by IPv4 ranges and an IPv6 address by IPv6 ranges.
/// Build one with <see cref="CidrSetBuilder"/> or <see cref="Create(IEnumerable{Cidr})"/>.
/// </remarks>
public sealed class CidrSet
{
    private readonly PrefixTable<uint> _v4;
    private readonly PrefixTable<UInt128> _v6;

    internal CidrSet(ImmutableArray<Cidr> cidrs, ImmutableArray<string> texts)
    {
        Cidrs = cidrs;
        Texts = texts;
        var v4 = new List<PrefixTable<uint>.Range>();
        var v6 = new List<PrefixTable<UInt128>.Range>();
        for (var i = 0; i < cidrs.Length; i++)
        {
            var c = cidrs[i];
            if (c.IsIPv6) v6.Add(new(c.NetworkAddress.Value, c.LastAddress.Value, c.PrefixLength, i));
            else v4.Add(new(c.NetworkAddress.IPv4Value, c.LastAddress.IPv4Value, c.PrefixLength, i));
        }
        _v4 = PrefixTable<uint>.Build(v4);
        _v6 = PrefixTable<UInt128>.Build(v6);
    }

    /// <summary>The set with no ranges.</summary>
    public static CidrSet Empty { get; } = new([], []);

    /// <summary>A set of ranges, each reported by its canonical text.</summary>
    public static CidrSet Create(IEnumerable<Cidr> cidrs)
    {
        var builder = new CidrSetBuilder();
        foreach (var c in cidrs) builder.Add(c);
        return builder.Build();
    }

    /// <summary>The ranges in the order they were added (duplicates kept).</summary>
    public ImmutableArray<Cidr> Cidrs { get; }

    /// <summary>The text reported for each range, parallel to <see cref="Cidrs"/>.</summary>
    public ImmutableArray<string> Texts { get; }

    /// <summary>The number of ranges added.</summary>
    public int Count => Cidrs.Length;

    /// <summary>True when no range was added.</summary>
    public bool IsEmpty => Cidrs.IsEmpty;

    /// <summary>
    /// The index in <see cref="Cidrs"/> of the most specific range containing
    /// <paramref name="address"/>, or -1 when none does.
    /// </summary>
    public int IndexOfMatch(IpAddress address) =>
        address.IsIPv6 ? _v6.Find(address.Value) : _v4.Find(address.IPv4Value);

    /// <summary>True when some range contains <paramref name="address"/>.</summary>
    public bool Contains(IpAddress address) => IndexOfMatch(address) >= 0;

    /// <summary>
    /// True when some range contains a socket address (an IPv4-mapped IPv6 address is looked
    /// up as IPv4, see <see cref="IpAddress.FromSystem"/>).
    /// </summary>
    public bool Contains(System.Net.IPAddress address) => Contains(IpAddress.FromSystem(address));

    /// <summary>
    /// The text of the most specific range containing <paramref name="address"/>, or null. The
    /// string is the one stored at build time, so this does not allocate.
    /// </summary>
    public string? MatchText(IpAddress address)
    {
        var i = IndexOfMatch(address);
        return i < 0 ? null : Texts[i];
    }

    /// <summary>The most specific range containing <paramref name="address"/>, if any.</summary>
    public bool TryMatch(IpAddress address, out Cidr cidr)
    {
        var i = IndexOfMatch(address);
        cidr = i < 0 ? default : Cidrs[i];
        return i >= 0;
    }

    /// <summary>
    /// The number of lookup intervals per family, at most twice the number of ranges plus one
    /// (for diagnostics: the memory a set takes is proportional to it).
    /// </summary>
    public (int IPv4, int IPv6) IntervalCounts => (_v4.IntervalCount, _v6.IntervalCount);
}
