using System.Collections.Immutable;
using Policy.Compiler.Diagnostics;

namespace Policy.Compiler.Syntax;

/// <summary>Parses CEL source text into an <see cref="Expr"/> tree with macros expanded.</summary>
public static class CelSyntax
{
    /// <summary>
    /// Parses <paramref name="source"/>. On failure the result is null and the diagnostics say
    /// why, each with its location; no input makes this throw.
    /// </summary>
    public static (ParsedExpr? Result, ImmutableArray<Diagnostic> Diagnostics) Parse(ExpressionSource source, ParserOptions? options = null)
    {
        var diagnostics = new DiagnosticReporter();
        var result = AntlrCelParser.Parse(source, options ?? ParserOptions.Default, diagnostics);
        return (result, diagnostics.ToImmutable());
    }

    /// <summary>Parses a standalone expression.</summary>
    public static (ParsedExpr? Result, ImmutableArray<Diagnostic> Diagnostics) Parse(string text, ParserOptions? options = null) =>
        Parse(ExpressionSource.FromText(text), options);
}
