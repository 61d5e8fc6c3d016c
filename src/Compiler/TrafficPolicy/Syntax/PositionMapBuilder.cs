using System.Text;
using Policy.Compiler.Diagnostics;

namespace Policy.Compiler.TrafficPolicy.Syntax;

/// <summary>
/// Builds a scalar's decoded text together with the source offset each character came from, and
/// turns the offsets into a <see cref="ScalarPositionMap"/>.
/// </summary>
internal sealed class PositionMapBuilder(int contentStart)
{
    private readonly StringBuilder _value = new();
    private readonly List<int> _offsets = [];

    /// <summary>The source offset just past the source text of the last character appended.</summary>
    public int End { get; set; } = contentStart;

    /// <summary>The decoded text so far.</summary>
    public string Value => _value.ToString();

    /// <summary>Appends a character that came from <paramref name="sourceLength"/> source characters at <paramref name="sourceOffset"/>.</summary>
    public void Append(char c, int sourceOffset, int sourceLength)
    {
        _value.Append(c);
        _offsets.Add(sourceOffset);
        End = sourceOffset + sourceLength;
    }

    /// <summary>The map: offset i of the value is at source offset i; offset Value.Length is at <see cref="End"/>.</summary>
    public ScalarPositionMap ToMap(SourceText source)
    {
        var lines = new int[_offsets.Count + 1];
        var columns = new int[_offsets.Count + 1];
        for (var i = 0; i <= _offsets.Count; i++)
            (lines[i], columns[i]) = source.GetLineColumn(i < _offsets.Count ? _offsets[i] : End);
        return new ScalarPositionMap(lines, columns);
    }
}
