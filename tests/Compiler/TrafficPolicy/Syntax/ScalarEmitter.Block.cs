namespace Policy.Compiler.Tests.TrafficPolicy.Syntax;

internal static partial class ScalarEmitter
{
    /// <summary>
    /// Writes a literal or folded block scalar. The value is split into leading line feeds, lines of
    /// text separated by runs of line feeds, and trailing line feeds (which pick the chomping
    /// indicator). In a folded scalar a line feed between two lines that start with text needs an
    /// extra empty line (folding drops one break), a single space may be written as a line break,
    /// and lines starting with a blank keep their breaks (YAML 1.2 §8.1.3).
    /// </summary>
    private static bool Block(SourceWriter w, string value, Random rng, int parentIndent, bool folded)
    {
        if (value.Any(c => NeedsEscape(c) && c is not ('\t' or '\n'))) return false;
        var body = value.TrimEnd('\n');
        var trailing = value.Length - body.Length;
        var leading = body.Length - body.TrimStart('\n').Length;
        var lines = SplitRuns(body[leading..]);
        // A first text line made only of blanks confuses indentation detection (and YamlDotNet's checks).
        if (lines.Count > 0 && lines[0].Text.All(IsWhite)) return false;

        var needsIndicator = lines.Count > 0 && IsWhite(lines[0].Text[0]);
        var increment = needsIndicator || rng.Next(3) == 0 ? 1 + rng.Next(4) : 0;
        var indent = increment > 0 ? Math.Max(parentIndent, 0) + increment : Math.Max(parentIndent + 1, 1) + rng.Next(3);
        // Clip keeps the last text line's break; with no text line there is none, so keep ('+') is needed.
        var chomp = trailing == 0 ? "-" : trailing == 1 && lines.Count > 0 && rng.Next(2) == 0 ? "" : "+";
        var indicator = increment > 0 ? increment.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
        w.Raw(folded ? ">" : "|").Raw(rng.Next(2) == 0 ? indicator + chomp : chomp + indicator);
        w.Raw(rng.Next(4) == 0 ? "  # header comment\n" : "\n");
        var contentStart = w.Offset;

        // Leading empty lines carry no spaces: YamlDotNet rejects a first line of spaces longer than one.
        for (var k = 0; k < leading; k++) EmptyLine(w, 0, rng);
        var previousLineWhite = false;
        for (var j = 0; j < lines.Count; j++)
        {
            var text = lines[j].Text;
            if (j > 0)
            {
                // The break ending the previous source line, then empty lines for the rest of the run.
                var folds = folded && !previousLineWhite && !IsWhite(text[0]);
                if (!folds) w.ValueFrom(w.Offset);
                w.Raw("\n");
                for (var k = folds ? 0 : 1; k < lines[j - 1].Newlines; k++) EmptyLine(w, indent, rng);
            }
            w.Raw(new string(' ', indent));
            previousLineWhite = IsWhite(text[0]);
            for (var i = 0; i < text.Length; i++)
            {
                var splits = folded && !previousLineWhite && text[i] == ' ' && i > 0 && i + 1 < text.Length
                             && IsSolid(text[i - 1]) && IsSolid(text[i + 1]) && rng.Next(4) == 0;
                if (splits)
                {
                    FoldSpace(w, new string(' ', indent));
                    previousLineWhite = false;
                    continue;
                }
                w.Value(text[i].ToString());
            }
        }

        // The last line's break, and empty lines for the further trailing line feeds (kept by '+').
        if (lines.Count > 0)
        {
            if (trailing > 0) w.ValueFrom(w.Offset);
            w.Raw("\n");
        }
        // Without a text line these empty lines are leading ones too, so they carry no spaces either.
        for (var k = lines.Count > 0 ? 1 : 0; k < trailing; k++) EmptyLine(w, lines.Count > 0 ? indent : 0, rng);
        w.End = w.Origins.Count > 0 ? w.Origins[^1] + 1 : contentStart;
        return true;
    }

    /// <summary>An empty line: a break (recorded as a value line feed) after at most the indentation in spaces.</summary>
    private static void EmptyLine(SourceWriter w, int indent, Random rng)
    {
        w.Raw(new string(' ', rng.Next(3) == 0 ? rng.Next(indent + 1) : 0));
        w.ValueFrom(w.Offset);
        w.Raw("\n");
    }

    /// <summary>Splits text without leading or trailing line feeds into lines and the number of line feeds after each.</summary>
    private static List<(string Text, int Newlines)> SplitRuns(string body)
    {
        var result = new List<(string, int)>();
        var i = 0;
        while (i < body.Length)
        {
            var end = body.IndexOf('\n', i);
            if (end < 0) end = body.Length;
            var run = NewlineRun(body, end);
            result.Add((body[i..end], run));
            i = end + run;
        }
        return result;
    }
}
