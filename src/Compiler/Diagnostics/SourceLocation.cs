namespace Policy.Compiler.Diagnostics;

/// <summary>
/// Where a diagnostic points: a file (or null for an anonymous text) and 1-based start and end
/// line and column (columns count UTF-16 units; the end is exclusive).
/// </summary>
public readonly record struct SourceLocation(string? Path, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>A location for a whole file when no position applies.</summary>
    public static SourceLocation File(string? path) => new(path, 1, 1, 1, 1);
}
