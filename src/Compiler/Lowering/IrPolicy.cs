using Policy.Compiler.Checking;
using Policy.Compiler.Diagnostics;

namespace Policy.Compiler.Lowering;

/// <summary>A compiled policy's intermediate form: phases in order, each a list of rules.</summary>
public sealed record IrPolicy(IReadOnlyList<IrPhase> Phases, SourceLocation Location)
{
    /// <summary>The rules of a phase (none when the policy does not have it).</summary>
    public IReadOnlyList<IrRule> RulesOf(string phase) => Phases.FirstOrDefault(p => p.Name == phase)?.Rules ?? [];
}

/// <summary>One phase.</summary>
public sealed record IrPhase(string Name, IReadOnlyList<IrRule> Rules);

/// <summary>
/// One rule: its conditions (all must be true; none means always) and its actions.
/// </summary>
public sealed record IrRule(int Index, string? Name, IReadOnlyList<CheckedExpr> Conditions, IReadOnlyList<IrAction> Actions, SourceLocation Location);
