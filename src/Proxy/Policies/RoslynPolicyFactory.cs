using Microsoft.Extensions.Logging;
using Policy.Compiler.Emit;
using Policy.Compiler.Interpreter;
using Policy.Compiler.Lowering;
using Policy.Runtime.Policies;

namespace Policy.Proxy.Policies;

/// <summary>
/// The production backend: policies compiled to delegates through generated C#. A precompiled
/// artifact next to the policy file (<c>policies/app.yml</c> → <c>policies/app.dll</c>, written by
/// <c>policy-lint compile</c>) is used when it was built from the same policy; otherwise the
/// compile cache, otherwise Roslyn. Should generated code ever fail to compile (a compiler bug),
/// the policy still runs, on the interpreter, and the failure is logged.
/// </summary>
public sealed class RoslynPolicyFactory(CompileCache? cache, ILogger logger) : IPolicyFactory
{
    /// <inheritdoc/>
    public string Backend => "compiled";

    /// <inheritdoc/>
    public CompiledPolicy Create(IrPolicy policy, string hash, string? policyFile)
    {
        var artifact = ReadArtifact(policyFile);
        try
        {
            var (compiled, source) = RoslynBackend.Compile(policy, hash, cache, artifact);
            if (artifact is not null && source != RoslynBackend.Source.Artifact)
                logger.LogWarning("{Artifact} was built from another policy or compiler; compiling {Policy} instead", ArtifactPath(policyFile!), policyFile);
            logger.LogDebug("policy {Policy} compiled code from {Origin}", policyFile ?? "(inline)", compiled.Origin);
            return compiled;
        }
        catch (InvalidOperationException e)
        {
            logger.LogError(e, "compiling a policy to C# failed; it runs on the interpreter instead");
            return PolicyInterpreter.Build(policy, hash);
        }
    }

    /// <summary>The artifact path for a policy file.</summary>
    public static string ArtifactPath(string policyFile) => Path.ChangeExtension(policyFile, ".dll");

    private static byte[]? ReadArtifact(string? policyFile)
    {
        if (policyFile is null) return null;
        try
        {
            var path = ArtifactPath(policyFile);
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
