namespace Policy.Conformance.TextFormat;

/// <summary>
/// A protobuf text-format document is malformed, or does not fit the schema being read.
/// The message starts with the 1-based line and column of the offending text.
/// </summary>
public sealed class TextFormatException : Exception
{
    /// <summary>Creates an error at a position.</summary>
    public TextFormatException(int line, int column, string reason)
        : base($"{line}:{column}: {reason}")
    {
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>The 1-based line of the offending text.</summary>
    public int Line { get; }

    /// <summary>The 1-based column (in UTF-16 units) of the offending text.</summary>
    public int Column { get; }

    /// <summary>What is wrong, without the position.</summary>
    public string Reason { get; }
}
