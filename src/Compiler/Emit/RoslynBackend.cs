using System.Reflection;
using System.Runtime.Loader;
using Policy.Compiler.Lowering;
using Policy.Runtime.Policies;

namespace Policy.Compiler.Emit;

/// <summary>
/// Compiles a policy's IR to a <see cref="CompiledPolicy"/> through generated C#: from a matching
/// prebuilt artifact when given one, else from the compile cache, else with Roslyn (then cached).
/// </summary>
public static class RoslynBackend
{
    /// <summary>The assembly metadata key of an artifact's generated-source hash.</summary>
    public const string SourceHashKey = "PolicySourceHash";

    /// <summary>The assembly metadata key of an artifact's policy hash.</summary>
    public const string PolicyHashKey = "PolicyHash";

    /// <summary>The assembly metadata key of the compiler version that built an artifact.</summary>
    public const string CompilerVersionKey = "PolicyCompilerVersion";

    /// <summary>How a compiled policy was obtained (for logs and tests).</summary>
    public enum Source
    {
        /// <summary>Compiled with Roslyn now.</summary>
        Roslyn,
        /// <summary>Loaded from the compile cache.</summary>
        Cache,
        /// <summary>Loaded from a prebuilt artifact whose hash matched.</summary>
        Artifact,
    }

    /// <summary>Compiles (or loads) the policy.</summary>
    public static (CompiledPolicy Policy, Source Source) Compile(IrPolicy policy, string policyHash, CompileCache? cache = null, byte[]? artifact = null)
    {
        var generated = PolicyEmitter.Generate(policy);
        if (artifact is not null)
        {
            var loaded = RoslynCompiler.Load(artifact, generated.AssemblyName);
            if (Manifest(loaded).GetValueOrDefault(SourceHashKey) == generated.SourceHash)
                return (PolicyEmitter.Bind(policy, generated, loaded, policyHash, "artifact"), Source.Artifact);
            AssemblyLoadContext.GetLoadContext(loaded)?.Unload();
        }
        if (cache?.TryGet(generated.SourceHash) is { } cached)
            return (PolicyEmitter.Bind(policy, generated, RoslynCompiler.Load(cached, generated.AssemblyName), policyHash, "cache"), Source.Cache);

        var image = Build(generated.Source, generated.AssemblyName);
        cache?.Put(generated.SourceHash, image);
        return (PolicyEmitter.Bind(policy, generated, RoslynCompiler.Load(image, generated.AssemblyName), policyHash, "roslyn"), Source.Roslyn);
    }

    /// <summary>An artifact: the compiled policy with a manifest of its hashes and the compiler version.</summary>
    public static byte[] CompileArtifact(IrPolicy policy, string policyHash)
    {
        var generated = PolicyEmitter.Generate(policy);
        var manifest =
            $"[assembly: global::System.Reflection.AssemblyMetadata({CSharp.Literal(SourceHashKey)}, {CSharp.Literal(generated.SourceHash)})]\n" +
            $"[assembly: global::System.Reflection.AssemblyMetadata({CSharp.Literal(PolicyHashKey)}, {CSharp.Literal(policyHash)})]\n" +
            $"[assembly: global::System.Reflection.AssemblyMetadata({CSharp.Literal(CompilerVersionKey)}, {CSharp.Literal(CompilerVersion)})]\n";
        return Build(generated.SourceWithAttributes(manifest), generated.AssemblyName);
    }

    /// <summary>The version of this compiler.</summary>
    public static string CompilerVersion =>
        typeof(RoslynBackend).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";

    /// <summary>The manifest entries of a loaded artifact.</summary>
    public static IReadOnlyDictionary<string, string?> Manifest(Assembly assembly) =>
        assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(a => a.Key, a => a.Value);

    private static byte[] Build(string source, string assemblyName)
    {
        var (image, errors) = RoslynCompiler.Compile(source, assemblyName);
        return image ?? throw new InvalidOperationException("generated code did not compile (a compiler bug): " + string.Join("\n", errors.Take(5)));
    }
}
