using Policy.Compiler.Diagnostics;

namespace Policy.Compiler.TrafficPolicy.Templates;

/// <summary>
/// Splits a configuration string into literal text and <c>${…}</c> interpolations. The end of an
/// interpolation is the <c>}</c> that balances its <c>{</c>, skipping braces inside CEL string
/// literals and map literals, so <c>${ {'a': '}'}['a'] }</c> is one expression.
/// </summary>
public static class TemplateParser
{
    /// <summary>The parts of <paramref name="text"/>, or the span of an unclosed <c>${</c>.</summary>
    public static (IReadOnlyList<TemplatePart> Parts, TextSpan? Unclosed) Parse(string text)
    {
        var parts = new List<TemplatePart>();
        var literalStart = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] != '$' || i + 1 >= text.Length || text[i + 1] != '{')
            {
                i++;
                continue;
            }
            var exprStart = i + 2;
            var end = FindClose(text, exprStart);
            if (end < 0) return (parts, new TextSpan(i, text.Length - i));
            if (i > literalStart) parts.Add(new LiteralPart(TextSpan.FromBounds(literalStart, i), text[literalStart..i]));
            parts.Add(new ExpressionPart(TextSpan.FromBounds(exprStart, end), text[exprStart..end]));
            i = end + 1;
            literalStart = i;
        }
        if (literalStart < text.Length) parts.Add(new LiteralPart(TextSpan.FromBounds(literalStart, text.Length), text[literalStart..]));
        return (parts, null);
    }

    /// <summary>True when the text contains an interpolation opener.</summary>
    public static bool HasInterpolation(string text) => text.Contains("${", StringComparison.Ordinal);

    private static int FindClose(string s, int i)
    {
        var depth = 0;
        while (i < s.Length)
        {
            var c = s[i];
            switch (c)
            {
                case '{':
                    depth++;
                    break;
                case '}':
                    if (depth == 0) return i;
                    depth--;
                    break;
                case '\'' or '"':
                    i = SkipString(s, i);
                    if (i < 0) return -1;
                    break;
            }
            i++;
        }
        return -1;
    }

    /// <summary>Returns the index of the closing quote of the CEL string starting at <paramref name="i"/>.</summary>
    private static int SkipString(string s, int i)
    {
        var q = s[i];
        var triple = i + 2 < s.Length && s[i + 1] == q && s[i + 2] == q;
        var raw = i > 0 && s[i - 1] is 'r' or 'R';
        i += triple ? 3 : 1;
        while (i < s.Length)
        {
            if (s[i] == '\\' && !raw)
            {
                i += 2;
                continue;
            }
            if (s[i] == q && (!triple || (i + 2 < s.Length && s[i + 1] == q && s[i + 2] == q)))
                return triple ? i + 2 : i;
            i++;
        }
        return -1;
    }
}
