namespace Policy.Runtime.Text;

/// <summary>
/// One node of a parsed RE2 pattern. Flags are already applied: case folding is inside
/// <see cref="Set"/>, <c>^</c>/<c>$</c> are line or text anchors, greediness is final.
/// </summary>
internal sealed class Re2Node
{
    private Re2Node(Re2NodeKind kind) => Kind = kind;

    /// <summary>What the node matches.</summary>
    public Re2NodeKind Kind { get; }

    /// <summary>The code points of a <see cref="Re2NodeKind.CharSet"/>.</summary>
    public CodePointSet? Set { get; private init; }

    /// <summary>The sub-expressions (one for Repeat and Capture).</summary>
    public List<Re2Node> Children { get; } = [];

    /// <summary>The minimum count of a Repeat.</summary>
    public int Min { get; private init; }

    /// <summary>The maximum count of a Repeat; -1 for unbounded.</summary>
    public int Max { get; private init; }

    /// <summary>True when a Repeat prefers more iterations.</summary>
    public bool Greedy { get; private init; }

    /// <summary>True when a Repeat was written with braces, <c>x{n,m}</c> (RE2 caps their nesting).</summary>
    public bool Counted { get; private init; }

    /// <summary>A node of a kind that has no operands (Empty and the anchors).</summary>
    public static Re2Node Of(Re2NodeKind kind) => new(kind);

    /// <summary>A node matching one code point of <paramref name="set"/>.</summary>
    public static Re2Node CharSet(CodePointSet set) => new(Re2NodeKind.CharSet) { Set = set };

    /// <summary>A node over <paramref name="children"/> (Concat or Alternate).</summary>
    public static Re2Node Composite(Re2NodeKind kind, List<Re2Node> children)
    {
        var node = new Re2Node(kind);
        node.Children.AddRange(children);
        return node;
    }

    /// <summary>A capturing group.</summary>
    public static Re2Node Capture(Re2Node child)
    {
        var node = new Re2Node(Re2NodeKind.Capture);
        node.Children.Add(child);
        return node;
    }

    /// <summary>A repetition of <paramref name="child"/>.</summary>
    public static Re2Node Repeat(Re2Node child, int min, int max, bool greedy, bool counted)
    {
        var node = new Re2Node(Re2NodeKind.Repeat) { Min = min, Max = max, Greedy = greedy, Counted = counted };
        node.Children.Add(child);
        return node;
    }
}
