namespace Policy.Compiler.TrafficPolicy.Syntax;

/// <summary>
/// Re-scans the source of a YAML scalar and decodes it again, recording for every decoded
/// character the source offset it came from. The parser gives only the value and the scalar's
/// start and end; this recovers the position of each character inside, so that an error inside a
/// CEL expression written in any scalar style points at the right line and column.
/// </summary>
/// <remarks>
/// Positions follow one rule: a character written as itself maps to itself, a character produced
/// by an escape (<c>\n</c>, <c>\x41</c>, <c>''</c>) maps to the escape's first character, and a
/// space or line feed produced by line folding maps to the line break it replaces. The decoding
/// mirrors the parser's, and the caller checks that both produced the same text.
/// </remarks>
internal static partial class YamlScalarDecoder
{
    /// <summary>Decodes a plain scalar occupying [start, end) (its end is the end of its last non-blank character).</summary>
    public static PositionMapBuilder DecodePlain(string text, int start, int end)
    {
        var builder = new PositionMapBuilder(start);
        var i = start;
        while (i < end)
        {
            while (i < end && !YamlChars.IsWhite(text, i) && !YamlChars.IsBreak(text, i))
            {
                builder.Append(text[i], i, 1);
                i++;
            }
            if (i >= end) break;
            i = FoldBlanks(text, i, end, builder, afterEscapedBreak: false);
        }
        builder.End = end;
        return builder;
    }

    /// <summary>
    /// Consumes the spaces, tabs and line breaks at <paramref name="i"/> (up to <paramref name="limit"/>)
    /// between two runs of a flow scalar's text, appends what folding makes of them, and returns the
    /// offset after them. Blanks before a break and indentation after it are dropped; one break
    /// becomes a space; further breaks (empty lines) stay as line feeds and the first is dropped.
    /// </summary>
    private static int FoldBlanks(string text, int i, int limit, PositionMapBuilder builder, bool afterEscapedBreak)
    {
        var hasLeadingBlanks = afterEscapedBreak;
        var whitespaceStart = i;
        var whitespaceEnd = i;
        var leadingBreak = -1;
        List<int>? trailingBreaks = null;
        while (i < limit && (YamlChars.IsWhite(text, i) || YamlChars.IsBreak(text, i)))
        {
            if (YamlChars.IsWhite(text, i))
            {
                if (!hasLeadingBlanks) whitespaceEnd = i + 1;
                i++;
                continue;
            }
            if (!hasLeadingBlanks)
            {
                leadingBreak = i;
                hasLeadingBlanks = true;
            }
            else
            {
                (trailingBreaks ??= []).Add(i);
            }
            i += YamlChars.BreakLength(text, i);
        }

        if (!hasLeadingBlanks)
        {
            for (var k = whitespaceStart; k < whitespaceEnd; k++) builder.Append(text[k], k, 1);
            return i;
        }
        if (leadingBreak >= 0 && YamlChars.BreakValue(text, leadingBreak) == '\n')
        {
            if (trailingBreaks is null) builder.Append(' ', leadingBreak, YamlChars.BreakLength(text, leadingBreak));
        }
        else if (leadingBreak >= 0)
        {
            // LS and PS are kept rather than folded (YAML 1.1 rule the parser follows).
            builder.Append(YamlChars.BreakValue(text, leadingBreak), leadingBreak, YamlChars.BreakLength(text, leadingBreak));
        }
        foreach (var b in trailingBreaks ?? [])
            builder.Append(YamlChars.BreakValue(text, b), b, YamlChars.BreakLength(text, b));
        return i;
    }
}
