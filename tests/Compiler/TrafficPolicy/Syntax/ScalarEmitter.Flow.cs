namespace Policy.Compiler.Tests.TrafficPolicy.Syntax;

internal static partial class ScalarEmitter
{
    private static bool DoubleQuoted(SourceWriter w, string value, Random rng, int parentIndent)
    {
        var indent = Indent(parentIndent, rng);
        w.Raw("\"");
        var atLineStart = false; // blanks after a line break are dropped, so they must be escaped there
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (i > 0 && rng.Next(15) == 0)
            {
                // An escaped line break joins the lines without adding anything.
                w.Raw("\\\n" + indent);
                atLineStart = true;
            }
            var afterBlank = IsWhite(w.Last);
            if (c == ' ' && i > 0 && !afterBlank && !atLineStart && i + 1 < value.Length && IsSolid(value[i + 1]) && rng.Next(4) == 0)
            {
                FoldSpace(w, indent);
                atLineStart = true;
                continue;
            }
            if (c == '\n' && !afterBlank && !atLineStart && rng.Next(3) == 0)
            {
                var run = NewlineRun(value, i);
                FoldNewlines(w, run, indent, rng);
                atLineStart = true;
                i += run - 1;
                continue;
            }
            // Whatever is written now is not a blank to the scanner (blanks at a line start are escaped).
            i += WriteDoubleQuotedChar(w, value, i, rng, atLineStart) - 1;
            atLineStart = false;
        }
        w.End = w.Offset;
        w.Raw("\"");
        return true;
    }

    /// <summary>Writes the character (or surrogate pair) at <paramref name="i"/>; returns how many value characters it wrote.</summary>
    private static int WriteDoubleQuotedChar(SourceWriter w, string value, int i, Random rng, bool atLineStart)
    {
        var c = value[i];
        if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
        {
            var code = char.ConvertToUtf32(c, value[i + 1]);
            switch (rng.Next(3))
            {
                case 0:
                    w.Value(c.ToString());
                    w.Value(value[i + 1].ToString());
                    break;
                case 1:
                    w.Value("\\U" + Hex(code, 8), count: 2);
                    break;
                default:
                    w.Value("\\u" + Hex(c, 4));
                    w.Value((rng.Next(2) == 0 ? "\\u" : "\\U0000") + Hex(value[i + 1], 4));
                    break;
            }
            return 2;
        }
        string written = c switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            ' ' when atLineStart => "\\ ",
            '\t' when atLineStart => rng.Next(2) == 0 ? "\\t" : "\\\t",
            _ when NeedsEscape(c) => NamedEscape(c, rng) ?? NumericEscape(c, rng),
            _ => rng.Next(5) switch
            {
                0 => NumericEscape(c, rng),
                1 when c == '/' => "\\/",
                _ => c.ToString(),
            },
        };
        w.Value(written);
        return 1;
    }

    private static string? NamedEscape(char c, Random rng)
    {
        if (rng.Next(4) == 0) return null;
        return c switch
        {
            '\0' => "\\0",
            '\a' => "\\a",
            '\b' => "\\b",
            '\t' => "\\t",
            '\n' => "\\n",
            '\v' => "\\v",
            '\f' => "\\f",
            '\r' => "\\r",
            '\u001B' => "\\e",
            '\u0085' => "\\N",
            '\u00A0' => "\\_",
            '\u2028' => "\\L",
            '\u2029' => "\\P",
            _ => null,
        };
    }

    private static string NumericEscape(char c, Random rng) => rng.Next(3) switch
    {
        0 when c <= 0xFF => "\\x" + Hex(c, 2),
        1 => "\\U" + Hex(c, 8),
        _ => "\\u" + Hex(c, 4),
    };

    private static bool SingleQuoted(SourceWriter w, string value, Random rng, int parentIndent)
    {
        if (value.Any(c => NeedsEscape(c) && c != '\t' && c != '\n')) return false;
        var indent = Indent(parentIndent, rng);
        w.Raw("'");
        var atLineStart = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var afterBlank = IsWhite(w.Last);
            if (c == '\n')
            {
                // Single quotes have no escapes: a line feed must be an empty line, which needs text
                // (not blanks, which folding would drop) on both sides.
                var run = NewlineRun(value, i);
                if (afterBlank || atLineStart || (i + run < value.Length && IsWhite(value[i + run]))) return false;
                FoldNewlines(w, run, indent, rng);
                atLineStart = true;
                i += run - 1;
                continue;
            }
            if (IsWhite(c) && atLineStart) return false;
            if (c == ' ' && i > 0 && !afterBlank && i + 1 < value.Length && IsSolid(value[i + 1]) && rng.Next(4) == 0)
            {
                FoldSpace(w, indent);
                atLineStart = true;
                continue;
            }
            w.Value(c == '\'' ? "''" : c.ToString());
            atLineStart = false;
        }
        w.End = w.Offset;
        w.Raw("'");
        return true;
    }

    /// <summary>Characters a plain scalar cannot start with.</summary>
    private const string Indicators = "-?:,[]{}#&*!|>'\"%@`";

    private static bool Plain(SourceWriter w, string value, Random rng, int parentIndent)
    {
        if (value.Length == 0 || Indicators.Contains(value[0]) || !IsSolid(value[0]) || !IsSolid(value[^1]) || value[^1] == ':') return false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (NeedsEscape(c) && c is not ('\t' or '\n')) return false;
            // ": " would start a mapping value, " #" a comment; a line feed needs text on both sides.
            if (c == ':' && !IsSolid(value[i + 1])) return false;
            if (c == '#' && !IsSolid(value[i - 1])) return false;
            if (c == '\n' && (!IsSolid(value[i - 1]) || !IsSolid(value[i + NewlineRun(value, i)]))) return false;
        }
        var indent = Indent(parentIndent, rng);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\n')
            {
                var run = NewlineRun(value, i);
                FoldNewlines(w, run, indent, rng);
                i += run - 1;
            }
            else if (c == ' ' && IsSolid(value[i - 1]) && IsSolid(value[i + 1]) && rng.Next(4) == 0)
            {
                FoldSpace(w, indent);
            }
            else
            {
                w.Value(c.ToString());
            }
        }
        w.End = w.Offset;
        return true;
    }

    private static bool Json(SourceWriter w, string value, Random rng)
    {
        w.Raw("\"");
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                // A pair is written whole (a UTF-8 file cannot hold half of one): raw, or as two \u escapes.
                var escape = rng.Next(2) == 0;
                w.Value(escape ? "\\u" + Hex(c, 4) : c.ToString());
                w.Value(escape ? "\\u" + Hex(value[i + 1], 4).ToLowerInvariant() : value[i + 1].ToString());
                i++;
                continue;
            }
            string written = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\b' => rng.Next(2) == 0 ? "\\b" : "\\u0008",
                '\f' => rng.Next(2) == 0 ? "\\f" : "\\u000C",
                '\n' => rng.Next(2) == 0 ? "\\n" : "\\u000a",
                '\r' => rng.Next(2) == 0 ? "\\r" : "\\u000D",
                '\t' => rng.Next(2) == 0 ? "\\t" : "\\u0009",
                '/' when rng.Next(2) == 0 => "\\/",
                < ' ' => "\\u" + Hex(c, 4),
                _ => rng.Next(4) == 0 ? "\\u" + (rng.Next(2) == 0 ? Hex(c, 4) : Hex(c, 4).ToLowerInvariant()) : c.ToString(),
            };
            w.Value(written);
        }
        w.End = w.Offset;
        w.Raw("\"");
        return true;
    }
}
