using Policy.Compiler.Diagnostics;

namespace Policy.Compiler.TrafficPolicy.Syntax;

/// <summary>What the YAML and JSON readers share: the source, the diagnostics and the node budget.</summary>
internal sealed class ReaderContext(SourceText source)
{
    private int _nodeCount;

    /// <summary>The text being read.</summary>
    public SourceText Source { get; } = source;

    /// <summary>The raw text.</summary>
    public string Text => Source.Text;

    /// <summary>The diagnostics reported so far.</summary>
    public DiagnosticReporter Reporter { get; } = new();

    /// <summary>Adds a diagnostic.</summary>
    public void Report(DiagnosticDescriptor descriptor, SourceLocation location, string message) =>
        Reporter.Report(descriptor, location, message);

    /// <summary>The location of the source range [start, end).</summary>
    public SourceLocation Span(int start, int end)
    {
        start = Math.Clamp(start, 0, Text.Length);
        end = Math.Clamp(end, start, Text.Length);
        return Source.GetLocation(TextSpan.FromBounds(start, end));
    }

    /// <summary>
    /// The location of the one character at <paramref name="offset"/> (empty at a line break or the
    /// end of the text), for errors that point at a position rather than a construct.
    /// </summary>
    public SourceLocation PointAt(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var length = offset < Text.Length && Text[offset] is not ('\r' or '\n') ? 1 : 0;
        if (length == 1 && char.IsHighSurrogate(Text[offset]) && offset + 1 < Text.Length && char.IsLowSurrogate(Text[offset + 1])) length = 2;
        return Span(offset, offset + length);
    }

    /// <summary>
    /// Counts <paramref name="count"/> more nodes against <see cref="PolicyDocumentReader.MaxNodes"/>;
    /// false (after reporting at <paramref name="location"/>) once the budget is exceeded.
    /// </summary>
    public bool CountNodes(int count, SourceLocation location, string what)
    {
        _nodeCount += count;
        if (_nodeCount <= PolicyDocumentReader.MaxNodes) return true;
        Report(DiagnosticCatalog.PolicyParseError, location,
            $"The policy is too large: {what} brings it past {PolicyDocumentReader.MaxNodes:N0} values " +
            "(each value reached through a YAML alias counts again). Large alias chains are refused so that " +
            "a small file cannot expand to an enormous policy.");
        return false;
    }

    /// <summary>Reports that maps and lists nest deeper than <see cref="PolicyDocumentReader.MaxDepth"/>.</summary>
    public void ReportTooDeep(SourceLocation location) =>
        Report(DiagnosticCatalog.PolicyParseError, location,
            $"The policy nests maps and lists more than {PolicyDocumentReader.MaxDepth} levels deep; " +
            "no traffic policy needs that many, so the reader stops here.");
}
