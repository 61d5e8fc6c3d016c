using Policy.Compiler.Diagnostics;

namespace Policy.Compiler.TrafficPolicy.Syntax;

/// <summary>
/// A scalar: its decoded text, its kind, and a map from each offset of the decoded text to its
/// line and column in the file, so that an error inside a CEL expression written in a quoted,
/// escaped, folded or block scalar points at the right place.
/// </summary>
public sealed record PolicyScalar(SourceLocation Location, string Value, ScalarKind Kind, ScalarPositionMap Positions) : PolicyNode(Location)
{
    /// <summary>The file location of a span of <see cref="Value"/>.</summary>
    public SourceLocation Locate(TextSpan span)
    {
        var (l1, c1) = Positions.Map(span.Start);
        var (l2, c2) = Positions.Map(span.End);
        return new SourceLocation(Location.Path, l1, c1, l2, c2);
    }

    /// <inheritdoc/>
    public override string Describe() => Kind switch
    {
        ScalarKind.String => "a string",
        ScalarKind.Integer => "an integer",
        ScalarKind.Float => "a number",
        ScalarKind.Boolean => "a boolean",
        _ => "null",
    };
}
