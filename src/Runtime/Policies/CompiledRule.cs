namespace Policy.Runtime.Policies;

/// <summary>One compiled rule: its name, its condition (null when it has no expressions) and actions.</summary>
public sealed record CompiledRule(int Index, string? Name, CompiledExpression? Condition, IReadOnlyList<CompiledAction> Actions);
