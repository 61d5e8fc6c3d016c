using Policy.Compiler.Emit;
using Policy.Compiler.TrafficPolicy;
using Policy.Compiler.TrafficPolicy.Catalog;

namespace Policy.Compiler.Tests.Emit;

public class ArtifactAndCacheTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "policy-cache-test-" + Guid.NewGuid().ToString("N"));

    private static Lowering.IrPolicy Ir(string sni) =>
        PolicyCompiler.Compile($"on_tcp_connect:\n  - expressions: [\"conn.tls.sni == '{sni}'\"]\n    actions:\n      - type: deny\n",
            "p.yml", EndpointContext.Default).Policy!;

    [Fact]
    public void A_restart_with_an_unchanged_policy_loads_from_the_cache()
    {
        var cache = new CompileCache(_directory);
        Assert.Equal(RoslynBackend.Source.Roslyn, RoslynBackend.Compile(Ir("a.example"), "h1", cache).Source);
        Assert.Equal(RoslynBackend.Source.Cache, RoslynBackend.Compile(Ir("a.example"), "h1", cache).Source);
        Assert.Equal(RoslynBackend.Source.Roslyn, RoslynBackend.Compile(Ir("b.example"), "h2", cache).Source);
        Assert.Equal(2, Directory.GetFiles(_directory, "*.dll").Length);
    }

    [Fact]
    public void An_artifact_is_used_only_when_it_was_built_from_the_same_policy()
    {
        var artifact = RoslynBackend.CompileArtifact(Ir("a.example"), "h1");
        var (policy, source) = RoslynBackend.Compile(Ir("a.example"), "h1", cache: null, artifact);
        Assert.Equal(RoslynBackend.Source.Artifact, source);
        Assert.Single(policy.OnTcpConnect);

        Assert.Equal(RoslynBackend.Source.Roslyn, RoslynBackend.Compile(Ir("other.example"), "h2", cache: null, artifact).Source);
    }

    [Fact]
    public void The_artifact_manifest_names_the_policy_and_compiler()
    {
        var artifact = RoslynBackend.CompileArtifact(Ir("a.example"), "policy-hash-1");
        var assembly = RoslynCompiler.Load(artifact, "manifest-test");
        var manifest = RoslynBackend.Manifest(assembly);
        Assert.Equal("policy-hash-1", manifest[RoslynBackend.PolicyHashKey]);
        Assert.Equal(PolicyEmitter.Generate(Ir("a.example")).SourceHash, manifest[RoslynBackend.SourceHashKey]);
        Assert.False(string.IsNullOrEmpty(manifest[RoslynBackend.CompilerVersionKey]));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }
}
