namespace Policy.Compiler.TrafficPolicy.Syntax;

/// <summary>
/// Maps offsets in a scalar's decoded value to 1-based (line, column) positions in the file.
/// Offset <c>Value.Length</c> maps to just past the last character.
/// </summary>
public sealed class ScalarPositionMap
{
    private readonly int[] _lines;
    private readonly int[] _columns;

    /// <summary>A map from per-offset lines and columns (both arrays have length Value.Length + 1).</summary>
    public ScalarPositionMap(int[] lines, int[] columns)
    {
        if (lines.Length != columns.Length || lines.Length == 0)
            throw new ArgumentException("lines and columns must have the same, non-zero length");
        _lines = lines;
        _columns = columns;
    }

    /// <summary>A map for text that appears verbatim on one line starting at (line, column).</summary>
    public static ScalarPositionMap Contiguous(int line, int column, int length)
    {
        var lines = new int[length + 1];
        var columns = new int[length + 1];
        for (var i = 0; i <= length; i++)
        {
            lines[i] = line;
            columns[i] = column + i;
        }
        return new ScalarPositionMap(lines, columns);
    }

    /// <summary>The length of the value this map covers (it maps offsets 0 to <see cref="Length"/> inclusive).</summary>
    public int Length => _lines.Length - 1;

    /// <summary>The position of an offset (clamped to the value).</summary>
    public (int Line, int Column) Map(int offset)
    {
        var i = Math.Clamp(offset, 0, _lines.Length - 1);
        return (_lines[i], _columns[i]);
    }
}
