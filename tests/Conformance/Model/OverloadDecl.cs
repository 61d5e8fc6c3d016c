using System.Collections.Immutable;

namespace Policy.Conformance.Model;

/// <summary>An overload of a function declared in a test's <c>type_env</c>.</summary>
/// <param name="Id">The <c>overload_id</c>.</param>
/// <param name="Params">Parameter types (the receiver first for instance functions).</param>
/// <param name="TypeParams">Names of the type parameters the signature uses.</param>
/// <param name="ResultType">The result type, or null when the file leaves it out.</param>
/// <param name="IsInstance">True for receiver-style calls (<c>x.f(y)</c>).</param>
public sealed record OverloadDecl(
    string Id,
    ImmutableArray<TypeProto> Params,
    ImmutableArray<string> TypeParams,
    TypeProto? ResultType,
    bool IsInstance);
