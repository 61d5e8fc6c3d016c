namespace Policy.Runtime.Text;

/// <summary>The kinds of node in a parsed RE2 pattern.</summary>
internal enum Re2NodeKind
{
    /// <summary>Matches the empty string.</summary>
    Empty,
    /// <summary>Matches one code point from <see cref="Re2Node.Set"/>.</summary>
    CharSet,
    /// <summary>The children in sequence.</summary>
    Concat,
    /// <summary>One of the children, preferring earlier ones.</summary>
    Alternate,
    /// <summary>The single child repeated <see cref="Re2Node.Min"/>..<see cref="Re2Node.Max"/> times.</summary>
    Repeat,
    /// <summary>A capturing group around the single child.</summary>
    Capture,
    /// <summary><c>\A</c>, or <c>^</c> without (?m).</summary>
    BeginText,
    /// <summary><c>\z</c>, or <c>$</c> without (?m).</summary>
    EndText,
    /// <summary><c>^</c> under (?m).</summary>
    BeginLine,
    /// <summary><c>$</c> under (?m).</summary>
    EndLine,
    /// <summary><c>\b</c>.</summary>
    WordBoundary,
    /// <summary><c>\B</c>.</summary>
    NotWordBoundary,
}
