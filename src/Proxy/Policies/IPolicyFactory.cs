using Policy.Compiler.Lowering;
using Policy.Runtime.Policies;

namespace Policy.Proxy.Policies;

/// <summary>
/// Turns a checked policy's IR into something the executor runs. The one seam between the proxy
/// and a policy backend: the reference interpreter today, the Roslyn backend when it is present;
/// both produce the same <see cref="CompiledPolicy"/>.
/// </summary>
public interface IPolicyFactory
{
    /// <summary>The backend's name, for logs.</summary>
    string Backend { get; }

    /// <summary>
    /// Builds the runnable policy; <paramref name="hash"/> identifies the policy text and context,
    /// and <paramref name="policyFile"/> is the file it came from (null for an inline policy).
    /// </summary>
    CompiledPolicy Create(IrPolicy policy, string hash, string? policyFile);
}
