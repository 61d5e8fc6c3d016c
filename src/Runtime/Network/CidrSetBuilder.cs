using System.Collections.Immutable;

namespace Policy.Runtime.Network;

/// <summary>Collects ranges for a <see cref="CidrSet"/>.</summary>
public sealed class CidrSetBuilder
{
    private readonly ImmutableArray<Cidr>.Builder _cidrs = ImmutableArray.CreateBuilder<Cidr>();
    private readonly ImmutableArray<string>.Builder _texts = ImmutableArray.CreateBuilder<string>();

    /// <summary>The number of ranges added so far.</summary>
    public int Count => _cidrs.Count;

    /// <summary>Adds a range, reported by its canonical text.</summary>
    public CidrSetBuilder Add(Cidr cidr) => Add(cidr, cidr.ToString());

    /// <summary>
    /// Adds a range with the text to report when it matches (for <c>restrict-ips</c>, the
    /// CIDR as the policy wrote it).
    /// </summary>
    public CidrSetBuilder Add(Cidr cidr, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _cidrs.Add(cidr);
        _texts.Add(text);
        return this;
    }

    /// <summary>
    /// Parses <paramref name="text"/> with <see cref="Cidr.Parse"/> and adds it, reported as
    /// written, when it is valid. Returns the parse status; nothing is added on failure.
    /// </summary>
    public NetParseStatus TryAdd(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var status = Cidr.Parse(text, out var cidr);
        if (status == NetParseStatus.Success) Add(cidr, text);
        return status;
    }

    /// <summary>Builds the set (O(n log n)); the builder can be reused afterwards.</summary>
    public CidrSet Build() => _cidrs.Count == 0 ? CidrSet.Empty : new CidrSet(_cidrs.ToImmutable(), _texts.ToImmutable());
}
