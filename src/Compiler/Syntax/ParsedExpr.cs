namespace Policy.Compiler.Syntax;

/// <summary>The result of parsing: the tree, its source, and the next unused node id.</summary>
public sealed record ParsedExpr(Expr Root, ExpressionSource Source, int NextId);
