using System.Text;

namespace Policy.Compiler.Tests.TrafficPolicy.Syntax;

/// <summary>
/// Writes a document while recording, for every character of one scalar's value, the offset of
/// the source character it is written as (an escape's backslash, the line break a fold replaces),
/// so that a test can compare the reader's positions with where the text really is.
/// </summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _text = new();

    /// <summary>The source offset of each value character, in value order.</summary>
    public List<int> Origins { get; } = [];

    /// <summary>The source offset the end of the value (offset Value.Length) maps to.</summary>
    public int End { get; set; } = -1;

    /// <summary>The offset the next character will be written at.</summary>
    public int Offset => _text.Length;

    /// <summary>The column (0-based) the next character will be written at.</summary>
    public int Column
    {
        get
        {
            var i = _text.Length;
            while (i > 0 && _text[i - 1] != '\n') i--;
            return _text.Length - i;
        }
    }

    /// <summary>The last character written, or '\0'.</summary>
    public char Last => _text.Length == 0 ? '\0' : _text[^1];

    /// <summary>Writes text that is not part of the value (syntax, indentation, dropped breaks).</summary>
    public SourceWriter Raw(string text)
    {
        _text.Append(text);
        return this;
    }

    /// <summary>Writes <paramref name="written"/> as the source of <paramref name="count"/> value characters.</summary>
    public void Value(string written, int count = 1)
    {
        for (var k = 0; k < count; k++) Origins.Add(Offset);
        _text.Append(written);
    }

    /// <summary>Records that the next value character comes from the source character at <paramref name="offset"/>.</summary>
    public void ValueFrom(int offset) => Origins.Add(offset);

    /// <inheritdoc/>
    public override string ToString() => _text.ToString();
}
