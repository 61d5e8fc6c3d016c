using Policy.Compiler.Diagnostics;

namespace Policy.Compiler.Syntax;

/// <summary>
/// A CEL expression node. The tree is small on purpose (as in cel-go's <c>ast</c>): operators are
/// calls to named functions (<c>_+_</c>, <c>_&amp;&amp;_</c>), and macros are expanded into
/// <see cref="ComprehensionExpr"/> while parsing. Every node has an id, unique in its tree, that
/// later phases key their results by, and the span of source text it came from.
/// </summary>
public abstract record Expr(int Id, TextSpan Span);

/// <summary>A literal: null, bool, int, uint, double, string or bytes.</summary>
public sealed record ConstantExpr(int Id, TextSpan Span, Policy.Runtime.Values.CelValue Value) : Expr(Id, Span);

/// <summary>A name: a variable, a type name, or the first part of a qualified name. A leading dot is kept in <see cref="Name"/>.</summary>
public sealed record IdentExpr(int Id, TextSpan Span, string Name) : Expr(Id, Span);

/// <summary>Field selection <c>a.f</c>, or the presence test <c>has(a.f)</c> when <see cref="TestOnly"/>.</summary>
public sealed record SelectExpr(int Id, TextSpan Span, Expr Operand, string Field, bool TestOnly) : Expr(Id, Span);

/// <summary>A call: global (<c>f(x)</c>, operators) or receiver style (<c>x.f(y)</c>, with <see cref="Target"/>).</summary>
public sealed record CallExpr(int Id, TextSpan Span, Expr? Target, string Function, IReadOnlyList<Expr> Args) : Expr(Id, Span);

/// <summary>A list literal; elements at <see cref="OptionalIndices"/> were written <c>?e</c>.</summary>
public sealed record ListExpr(int Id, TextSpan Span, IReadOnlyList<Expr> Elements, IReadOnlyList<int> OptionalIndices) : Expr(Id, Span);

/// <summary>A map literal.</summary>
public sealed record MapExpr(int Id, TextSpan Span, IReadOnlyList<MapEntry> Entries) : Expr(Id, Span);

/// <summary>One entry of a map literal; <see cref="Optional"/> for <c>?k: v</c>.</summary>
public sealed record MapEntry(int Id, Expr Key, Expr Value, bool Optional);

/// <summary>Message construction <c>T{f: v}</c>.</summary>
public sealed record StructExpr(int Id, TextSpan Span, string TypeName, IReadOnlyList<FieldInit> Fields) : Expr(Id, Span);

/// <summary>One field of a message construction; <see cref="Optional"/> for <c>?f: v</c>.</summary>
public sealed record FieldInit(int Id, string Name, Expr Value, bool Optional);

/// <summary>
/// The expansion of a macro: fold <see cref="IterRange"/> into <see cref="AccuVar"/>, starting
/// from <see cref="AccuInit"/>, while <see cref="LoopCondition"/> holds, updating it with
/// <see cref="LoopStep"/>, then yield <see cref="Result"/>. <see cref="IterVar2"/> is set for the
/// two-variable forms (index or key first, then value).
/// </summary>
public sealed record ComprehensionExpr(
    int Id, TextSpan Span,
    string IterVar, string? IterVar2, Expr IterRange,
    string AccuVar, Expr AccuInit,
    Expr LoopCondition, Expr LoopStep, Expr Result) : Expr(Id, Span);
