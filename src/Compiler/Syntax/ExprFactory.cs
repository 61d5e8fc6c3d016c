using Policy.Compiler.Diagnostics;
using Policy.Runtime.Values;

namespace Policy.Compiler.Syntax;

/// <summary>Creates nodes with fresh ids; used by the parser and the macro expander.</summary>
public sealed class ExprFactory(int firstId = 1)
{
    private int _nextId = firstId;

    /// <summary>The next id that would be handed out.</summary>
    public int NextId => _nextId;

    /// <summary>A fresh id.</summary>
    public int NewId() => _nextId++;

    /// <summary>A literal.</summary>
    public ConstantExpr Constant(TextSpan span, CelValue value) => new(NewId(), span, value);

    /// <summary>An identifier.</summary>
    public IdentExpr Ident(TextSpan span, string name) => new(NewId(), span, name);

    /// <summary>A field selection or presence test.</summary>
    public SelectExpr Select(TextSpan span, Expr operand, string field, bool testOnly = false) => new(NewId(), span, operand, field, testOnly);

    /// <summary>A global call.</summary>
    public CallExpr Call(TextSpan span, string function, params Expr[] args) => new(NewId(), span, null, function, args);

    /// <summary>A receiver-style call.</summary>
    public CallExpr MemberCall(TextSpan span, Expr target, string function, params Expr[] args) => new(NewId(), span, target, function, args);

    /// <summary>A list literal.</summary>
    public ListExpr List(TextSpan span, IReadOnlyList<Expr> elements, IReadOnlyList<int>? optionalIndices = null) =>
        new(NewId(), span, elements, optionalIndices ?? []);

    /// <summary>A map literal.</summary>
    public MapExpr Map(TextSpan span, IReadOnlyList<MapEntry> entries) => new(NewId(), span, entries);

    /// <summary>A comprehension.</summary>
    public ComprehensionExpr Comprehension(TextSpan span, string iterVar, string? iterVar2, Expr range,
        string accuVar, Expr accuInit, Expr condition, Expr step, Expr result) =>
        new(NewId(), span, iterVar, iterVar2, range, accuVar, accuInit, condition, step, result);
}
