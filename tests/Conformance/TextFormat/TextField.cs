namespace Policy.Conformance.TextFormat;

/// <summary>
/// One <c>name: value</c> or <c>name { ... }</c> entry of a message. A bracketed name
/// (<c>[type.googleapis.com/pkg.Msg]</c> or <c>[pkg.ext]</c>) is stored without its brackets
/// and flagged with <see cref="IsBracketed"/>.
/// </summary>
/// <param name="Name">The field name, or the bracketed type URL or extension name.</param>
/// <param name="IsBracketed">True for an expanded <c>Any</c> or an extension field.</param>
/// <param name="Value">The field value.</param>
/// <param name="Line">1-based line of the name.</param>
/// <param name="Column">1-based column of the name.</param>
public sealed record TextField(string Name, bool IsBracketed, TextValue Value, int Line, int Column)
{
    /// <summary>An error located at this field's name.</summary>
    public TextFormatException Error(string reason) => new(Line, Column, reason);

    /// <summary>The value as a scalar, or an error when it is a message.</summary>
    public TextScalar Scalar => Value as TextScalar ?? throw Error($"field '{Name}' needs a scalar value, not a message");

    /// <summary>The value as a message, or an error when it is a scalar.</summary>
    public TextMessage Message => Value as TextMessage ?? throw Error($"field '{Name}' needs a message value, not a scalar");
}
