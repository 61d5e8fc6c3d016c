namespace Policy.Conformance.TextFormat;

/// <summary>A token of protobuf text format with its 1-based position.</summary>
/// <param name="Kind">What sort of token this is.</param>
/// <param name="Text">The source text (for strings: the text between the quotes, still escaped).</param>
/// <param name="Bytes">For strings, the unescaped bytes; empty otherwise.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public sealed record TextToken(TextTokenKind Kind, string Text, byte[] Bytes, int Line, int Column)
{
    /// <summary>True when this is the symbol <paramref name="symbol"/>.</summary>
    public bool IsSymbol(char symbol) => Kind == TextTokenKind.Symbol && Text.Length == 1 && Text[0] == symbol;

    /// <summary>A short description for error messages.</summary>
    public string Describe() => Kind switch
    {
        TextTokenKind.End => "end of input",
        TextTokenKind.String => "a string",
        _ => $"'{Text}'",
    };
}
