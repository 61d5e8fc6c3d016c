using System.Collections.Immutable;
using Policy.Compiler.Diagnostics;
using Policy.Compiler.Lowering;

namespace Policy.Compiler.TrafficPolicy;

/// <summary>The result of compiling a policy: the IR when there were no errors, and every diagnostic.</summary>
public sealed record PolicyCompilation(IrPolicy? Policy, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when no error was reported.</summary>
    public bool Success => Policy is not null && !Diagnostics.Any(d => d.IsError);
}
