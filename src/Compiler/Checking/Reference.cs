using System.Collections.Immutable;
using Policy.Runtime.Evaluation;
using Policy.Runtime.Functions;
using Policy.Runtime.Types;

namespace Policy.Compiler.Checking;

/// <summary>What a name in a checked expression refers to.</summary>
public abstract record Reference;

/// <summary>A declared variable (an identifier, or a qualified name such as <c>conn.tls.sni</c>).</summary>
public sealed record VariableReference(VariableDecl Variable) : Reference;

/// <summary>A function call, with the overloads that may apply (one when the types are known).</summary>
public sealed record FunctionReference(FunctionDecl Function, ImmutableArray<Overload> Overloads) : Reference;

/// <summary>A type name used as a value (<c>int</c>, <c>list</c>).</summary>
public sealed record TypeReference(CelType Type) : Reference;
