using Policy.Compiler.Interpreter;
using Policy.Compiler.Lowering;
using Policy.Runtime.Policies;

namespace Policy.Proxy.Policies;

/// <summary>The reference backend: policies run on the IR interpreter.</summary>
public sealed class InterpreterPolicyFactory : IPolicyFactory
{
    /// <summary>The shared instance.</summary>
    public static InterpreterPolicyFactory Instance { get; } = new();

    /// <inheritdoc/>
    public string Backend => "interpreter";

    /// <inheritdoc/>
    public CompiledPolicy Create(IrPolicy policy, string hash, string? policyFile) => PolicyInterpreter.Build(policy, hash);
}
