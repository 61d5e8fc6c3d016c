namespace Policy.Compiler.TrafficPolicy.Syntax;

/// <summary>What a scalar is, as its document type says (YAML plain scalars resolve by the core schema).</summary>
public enum ScalarKind
{
    /// <summary>A string: quoted, block, or plain text that is not a number, bool or null.</summary>
    String,
    /// <summary>An integer (<c>443</c>, <c>-1</c>, <c>0x1F</c>).</summary>
    Integer,
    /// <summary>A floating-point number (<c>1.5</c>, <c>1e3</c>).</summary>
    Float,
    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,
    /// <summary><c>null</c>, <c>~</c> or an empty value.</summary>
    Null,
}
