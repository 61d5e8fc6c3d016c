namespace Policy.Compiler.Emit;

/// <summary>
/// How a value is held in generated code: as a CEL value (errors in-band), or unboxed as a CLR
/// primitive with a separate error local.
/// </summary>
internal enum Rep
{
    /// <summary><c>CelValue</c>.</summary>
    Value,
    /// <summary><c>bool</c>.</summary>
    Bool,
    /// <summary><c>long</c> (CEL int).</summary>
    Int,
    /// <summary><c>ulong</c> (CEL uint).</summary>
    Uint,
    /// <summary><c>double</c>.</summary>
    Double,
    /// <summary><c>string</c>.</summary>
    String,
}
