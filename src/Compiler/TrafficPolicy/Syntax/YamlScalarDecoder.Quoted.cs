namespace Policy.Compiler.TrafficPolicy.Syntax;

internal static partial class YamlScalarDecoder
{
    /// <summary>Decodes a single-quoted scalar occupying [start, end), quotes included.</summary>
    public static PositionMapBuilder DecodeSingleQuoted(string text, int start, int end)
    {
        var close = end - 1;
        var builder = new PositionMapBuilder(start + 1);
        var i = start + 1;
        while (i < close)
        {
            while (i < close && !YamlChars.IsWhite(text, i) && !YamlChars.IsBreak(text, i))
            {
                if (text[i] == '\'' && i + 1 < close && text[i + 1] == '\'')
                {
                    builder.Append('\'', i, 2);
                    i += 2;
                }
                else
                {
                    builder.Append(text[i], i, 1);
                    i++;
                }
            }
            if (i >= close) break;
            i = FoldBlanks(text, i, close, builder, afterEscapedBreak: false);
        }
        builder.End = close;
        return builder;
    }

    /// <summary>
    /// Decodes a double-quoted scalar occupying [start, end), quotes included; null when an escape
    /// does not decode the way the parser would have accepted it.
    /// </summary>
    public static PositionMapBuilder? DecodeDoubleQuoted(string text, int start, int end)
    {
        var close = end - 1;
        var builder = new PositionMapBuilder(start + 1);
        var i = start + 1;
        while (i < close)
        {
            var escapedBreak = false;
            while (i < close && !YamlChars.IsWhite(text, i) && !YamlChars.IsBreak(text, i))
            {
                if (text[i] != '\\')
                {
                    builder.Append(text[i], i, 1);
                    i++;
                }
                else if (YamlChars.IsBreak(text, i + 1))
                {
                    // A backslash at the end of a line joins the lines without a space.
                    i += 1 + YamlChars.BreakLength(text, i + 1);
                    escapedBreak = true;
                    break;
                }
                else
                {
                    i = DecodeEscape(text, i, builder);
                    if (i < 0) return null;
                }
            }
            if (i >= close) break;
            i = FoldBlanks(text, i, close, builder, escapedBreak);
        }
        builder.End = close;
        return builder;
    }

    /// <summary>Decodes the escape at <paramref name="i"/> (a backslash); returns the offset after it, or -1.</summary>
    private static int DecodeEscape(string text, int i, PositionMapBuilder builder)
    {
        if (i + 1 >= text.Length) return -1;
        var digits = text[i + 1] switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
        if (digits == 0)
        {
            var simple = SimpleEscape(text[i + 1]);
            if (simple is not { } c) return -1;
            builder.Append(c, i, 2);
            return i + 2;
        }

        var code = ReadHex(text, i + 2, digits);
        if (code < 0) return -1;
        var next = i + 2 + digits;
        if (code is >= 0xD800 and <= 0xDFFF)
        {
            // A surrogate escape must be followed by the escape of its partner; each half maps to its own escape.
            if (next + 1 >= text.Length || text[next] != '\\' || text[next + 1] is not ('u' or 'U')) return -1;
            var lowDigits = text[next + 1] == 'u' ? 4 : 8;
            var low = ReadHex(text, next + 2, lowDigits);
            if (low < 0 || !char.IsSurrogatePair((char)code, (char)low)) return -1;
            builder.Append((char)code, i, next - i);
            builder.Append((char)low, next, 2 + lowDigits);
            return next + 2 + lowDigits;
        }
        if (code > 0x10FFFF) return -1;
        var decoded = char.ConvertFromUtf32(code);
        if (decoded.Length == 2) builder.Append(decoded[0], i, 0);
        builder.Append(decoded[^1], i, next - i);
        return next;
    }

    private static int ReadHex(string text, int start, int digits)
    {
        if (start + digits > text.Length) return -1;
        var value = 0L;
        for (var k = 0; k < digits; k++)
        {
            var d = YamlChars.HexValue(text[start + k]);
            if (d < 0) return -1;
            value = (value << 4) + d;
        }
        return value > int.MaxValue ? -1 : (int)value;
    }

    /// <summary>The single-character escapes of YAML double-quoted scalars (the character after the backslash).</summary>
    internal static char? SimpleEscape(char c) => c switch
    {
        '0' => '\0',
        'a' => '\a',
        'b' => '\b',
        't' or '\t' => '\t',
        'n' => '\n',
        'v' => '\v',
        'f' => '\f',
        'r' => '\r',
        'e' => '\u001B',
        ' ' => ' ',
        '"' => '"',
        '/' => '/',
        '\\' => '\\',
        'N' => '\u0085',
        '_' => '\u00A0',
        'L' => '\u2028',
        'P' => '\u2029',
        _ => null,
    };
}
