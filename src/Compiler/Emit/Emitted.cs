namespace Policy.Compiler.Emit;

/// <summary>
/// The generated form of a subexpression: <see cref="Code"/> is a C# expression (a local or
/// something side-effect free) of the representation's CLR type; <see cref="Error"/>, when set,
/// names a <c>CelError</c> local that is non-null when evaluation failed.
/// </summary>
internal readonly record struct Emitted(string Code, Rep Rep, string? Error = null, bool Safe = false)
{
    /// <summary>True when evaluation cannot fail: typed with no error local, or known to hold no error.</summary>
    public bool IsInfallible => Safe || (Rep != Rep.Value && Error is null);
}
