namespace Policy.Conformance.TextFormat;

/// <summary>The kinds of tokens in protobuf text format.</summary>
public enum TextTokenKind
{
    /// <summary>A name: field name, enum constant, <c>true</c>, <c>inf</c>…</summary>
    Identifier,
    /// <summary>An unsigned number literal; a leading minus is a separate symbol.</summary>
    Number,
    /// <summary>One quoted string, already unescaped to bytes.</summary>
    String,
    /// <summary>One punctuation character: <c>{ } &lt; &gt; [ ] : , ; . / -</c>.</summary>
    Symbol,
    /// <summary>The end of the input.</summary>
    End,
}
