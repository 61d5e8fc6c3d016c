using Policy.Runtime.Types;

namespace Policy.Conformance.Engine;

/// <summary>One overload of a test-declared function (from a test's <c>type_env</c>).</summary>
/// <param name="Id">The overload id, such as <c>fn_int_int</c>.</param>
/// <param name="IsInstance">True for receiver-style calls; the receiver is then <c>Parameters[0]</c>.</param>
/// <param name="Parameters">Parameter types (may mention type parameters, <see cref="CelType.Param"/>).</param>
/// <param name="Result">The result type (<c>dyn</c> when the file gives none).</param>
/// <param name="TypeParams">The names of the type parameters used by the signature.</param>
public sealed record OverloadDeclaration(
    string Id,
    bool IsInstance,
    IReadOnlyList<CelType> Parameters,
    CelType Result,
    IReadOnlyList<string> TypeParams);
