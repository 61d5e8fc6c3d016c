using Policy.Compiler.Diagnostics;

namespace Policy.Compiler.Syntax;

/// <summary>
/// The text of one CEL expression and the way its offsets map to a location in the file the
/// user wrote, so that an error inside a YAML string points at the right line and column.
/// </summary>
public sealed class ExpressionSource
{
    private readonly Func<TextSpan, SourceLocation> _locate;

    /// <summary>An expression whose spans are mapped by <paramref name="locate"/>.</summary>
    public ExpressionSource(string text, Func<TextSpan, SourceLocation> locate)
    {
        Text = text;
        _locate = locate;
    }

    /// <summary>The expression text.</summary>
    public string Text { get; }

    /// <summary>A standalone expression: spans map to lines and columns of the text itself.</summary>
    public static ExpressionSource FromText(string text, string? path = null)
    {
        var source = new SourceText(text, path);
        return new ExpressionSource(text, source.GetLocation);
    }

    /// <summary>Where a span of the expression is in the user's file.</summary>
    public SourceLocation Locate(TextSpan span) => _locate(span);
}
