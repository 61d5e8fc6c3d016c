namespace Policy.Conformance.TextFormat;

/// <summary>The value of a text-format field: a <see cref="TextScalar"/> or a nested <see cref="TextMessage"/>.</summary>
public abstract class TextValue
{
    /// <summary>Creates a value that starts at a position.</summary>
    protected TextValue(int line, int column)
    {
        Line = line;
        Column = column;
    }

    /// <summary>1-based line where the value starts.</summary>
    public int Line { get; }

    /// <summary>1-based column where the value starts.</summary>
    public int Column { get; }

    /// <summary>An error located at this value.</summary>
    public TextFormatException Error(string reason) => new(Line, Column, reason);
}
