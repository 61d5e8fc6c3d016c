using System.Collections.Immutable;

namespace Policy.Conformance.Model;

/// <summary>
/// A <c>cel.expr.Decl</c> of a test's <c>type_env</c>: an identifier with its type, or a
/// function with its overloads.
/// </summary>
/// <param name="Name">The declared (possibly qualified) name.</param>
/// <param name="IsFunction">True for <c>function { ... }</c>, false for <c>ident { ... }</c>.</param>
/// <param name="IdentType">An identifier's type (null when the file gives none).</param>
/// <param name="Overloads">A function's overloads (empty for identifiers).</param>
public sealed record Decl(string Name, bool IsFunction, TypeProto? IdentType, ImmutableArray<OverloadDecl> Overloads);
