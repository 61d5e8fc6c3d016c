namespace Policy.Conformance.TextFormat;

/// <summary>The lexical kinds of scalar values.</summary>
public enum TextScalarKind
{
    /// <summary>One or more adjacent quoted strings, concatenated.</summary>
    String,
    /// <summary>A number, possibly negative.</summary>
    Number,
    /// <summary>A name: enum constant, <c>true</c>, <c>inf</c>, <c>-inf</c>…</summary>
    Identifier,
}
