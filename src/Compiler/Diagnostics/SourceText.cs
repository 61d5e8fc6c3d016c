namespace Policy.Compiler.Diagnostics;

/// <summary>
/// A text with a path and its line starts, so that offsets turn into lines and columns.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    /// <summary>Wraps a text.</summary>
    public SourceText(string text, string? path = null)
    {
        Text = text;
        Path = path;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') starts.Add(i + 1);
            else if (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')) starts.Add(i + 1);
        }
        _lineStarts = [.. starts];
    }

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <summary>The file it came from, if any.</summary>
    public string? Path { get; }

    /// <summary>The number of lines.</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>The 1-based line and column of an offset (clamped to the text).</summary>
    public (int Line, int Column) GetLineColumn(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0) line = ~line - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>The location of a span.</summary>
    public SourceLocation GetLocation(TextSpan span)
    {
        var (l1, c1) = GetLineColumn(span.Start);
        var (l2, c2) = GetLineColumn(span.End);
        return new SourceLocation(Path, l1, c1, l2, c2);
    }

    /// <summary>The text of a 1-based line, without its line break.</summary>
    public string GetLine(int line)
    {
        if (line < 1 || line > _lineStarts.Length) return string.Empty;
        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        return Text[start..end].TrimEnd('\r', '\n');
    }
}
