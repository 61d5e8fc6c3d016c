namespace Policy.Compiler.TrafficPolicy.Syntax;

internal static partial class YamlScalarDecoder
{
    /// <summary>
    /// Decodes a literal (<c>|</c>) or folded (<c>&gt;</c>) block scalar whose indicator is at
    /// <paramref name="start"/>, inside a block collection indented by <paramref name="parentIndent"/>
    /// columns (-1 at the top level); the parser's content indentation is derived from it.
    /// </summary>
    public static PositionMapBuilder DecodeBlock(string text, int start, int parentIndent)
    {
        var literal = text[start] == '|';
        var i = start + 1;
        var (chomping, increment) = ReadBlockHeader(text, ref i);

        // The rest of the header line: blanks, a comment, the line break.
        while (YamlChars.IsWhite(text, i)) i++;
        if (i < text.Length && text[i] == '#')
            while (!YamlChars.IsBreak(text, i) && !YamlChars.IsZero(text, i)) i++;
        if (YamlChars.IsBreak(text, i)) i += YamlChars.BreakLength(text, i);

        var state = new BlockState(text, parentIndent, i);
        var builder = new PositionMapBuilder(i);
        var indent = increment == 0 ? 0 : parentIndent >= 0 ? parentIndent + increment : increment;
        var trailing = new List<int>();
        indent = state.ScanBreaks(indent, trailing);

        var leadingBreak = -1;
        var leadingBlank = false;
        while (state.LineOffset == indent && !YamlChars.IsZero(text, state.Position)
               && !YamlChars.IsDocumentEnd(text, state.Position, state.LineOffset))
        {
            var trailingBlank = YamlChars.IsWhite(text, state.Position);
            if (!literal && leadingBreak >= 0 && YamlChars.BreakValue(text, leadingBreak) == '\n' && !leadingBlank && !trailingBlank)
            {
                // Folding: a single break between two text lines becomes a space; with empty lines
                // between them, the first break is dropped and the empty lines' breaks stay.
                if (trailing.Count == 0) builder.Append(' ', leadingBreak, YamlChars.BreakLength(text, leadingBreak));
            }
            else if (leadingBreak >= 0)
            {
                AppendBreak(text, leadingBreak, builder);
            }
            leadingBreak = -1;
            foreach (var b in trailing) AppendBreak(text, b, builder);
            trailing.Clear();

            leadingBlank = YamlChars.IsWhite(text, state.Position);
            var p = state.Position;
            while (!YamlChars.IsBreak(text, p) && !YamlChars.IsZero(text, p))
            {
                builder.Append(text[p], p, 1);
                p++;
            }
            if (YamlChars.IsBreak(text, p))
            {
                leadingBreak = p;
                p += YamlChars.BreakLength(text, p);
                state.StartLine(p);
            }
            else
            {
                state.Advance(p);
            }
            indent = state.ScanBreaks(indent, trailing);
        }

        // Chomping: strip (-) drops the final break and trailing empty lines, clip keeps the final
        // break, keep (+) keeps them all.
        if (chomping != -1 && leadingBreak >= 0) AppendBreak(text, leadingBreak, builder);
        if (chomping == 1) foreach (var b in trailing) AppendBreak(text, b, builder);
        return builder;
    }

    private static void AppendBreak(string text, int offset, PositionMapBuilder builder) =>
        builder.Append(YamlChars.BreakValue(text, offset), offset, YamlChars.BreakLength(text, offset));

    /// <summary>Reads the chomping (<c>+</c>/<c>-</c>) and indentation (1-9) indicators in either order.</summary>
    private static (int Chomping, int Increment) ReadBlockHeader(string text, ref int i)
    {
        int chomping = 0, increment = 0;
        for (var k = 0; k < 2 && i < text.Length; k++)
        {
            if (chomping == 0 && text[i] is '+' or '-')
            {
                chomping = text[i] == '+' ? 1 : -1;
                i++;
            }
            else if (increment == 0 && text[i] is >= '1' and <= '9')
            {
                increment = text[i] - '0';
                i++;
            }
        }
        return (chomping, increment);
    }

    /// <summary>The scanning position inside a block scalar and its column on the current line.</summary>
    private sealed class BlockState(string text, int parentIndent, int position)
    {
        private int _lineStart = position;

        public int Position { get; private set; } = position;

        public int LineOffset => Position - _lineStart;

        public void StartLine(int position) => Position = _lineStart = position;

        public void Advance(int position) => Position = position;

        /// <summary>
        /// Skips indentation and empty lines (collecting their breaks) and returns the content
        /// indentation, detecting it from the first non-empty line when it is not known yet.
        /// </summary>
        public int ScanBreaks(int indent, List<int> breaks)
        {
            var maxIndent = 0;
            while (true)
            {
                while ((indent == 0 || LineOffset < indent) && Position < text.Length && text[Position] == ' ') Position++;
                maxIndent = Math.Max(maxIndent, LineOffset);
                if (!YamlChars.IsBreak(text, Position)) break;
                breaks.Add(Position);
                StartLine(Position + YamlChars.BreakLength(text, Position));
            }
            if (indent == 0 && (LineOffset > 0 || parentIndent > -1))
                indent = Math.Max(maxIndent, Math.Max(parentIndent + 1, 1));
            return indent;
        }
    }
}
