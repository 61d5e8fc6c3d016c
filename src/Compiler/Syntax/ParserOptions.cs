namespace Policy.Compiler.Syntax;

/// <summary>Parser limits and the macros to expand.</summary>
public sealed record ParserOptions
{
    /// <summary>The default options: every macro, the default limits.</summary>
    public static readonly ParserOptions Default = new();

    /// <summary>Expand macros (has, all, exists, map, filter, cel.bind, …).</summary>
    public bool EnableMacros { get; init; } = true;

    /// <summary>
    /// The deepest nesting accepted (brackets, calls and chained operators each count), far
    /// above CEL's guaranteed minimums and far below what would exhaust a thread's stack.
    /// </summary>
    public int MaxDepth { get; init; } = 250;

    /// <summary>The longest expression accepted, in UTF-16 units.</summary>
    public int MaxLength { get; init; } = 100_000;
}
