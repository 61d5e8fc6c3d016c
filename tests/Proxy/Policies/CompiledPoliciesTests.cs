using Microsoft.Extensions.Logging.Abstractions;
using Policy.Compiler.Emit;
using Policy.Compiler.TrafficPolicy;
using Policy.Compiler.TrafficPolicy.Catalog;
using Policy.Proxy.Policies;
using Policy.Proxy.Tests.Actions;
using Policy.Proxy.Tests.Support;
using Xunit.Abstractions;

namespace Policy.Proxy.Tests.Policies;

/// <summary>The proxy with Roslyn-compiled policies: same behaviour, and prebuilt artifacts and the cache are used.</summary>
public sealed class CompiledPoliciesTests(ITestOutputHelper output) : ActionTestBase(output)
{
    private const string PolicyText = "on_tcp_connect:\n  - expressions: [\"conn.tls.sni.startsWith('blocked.')\"]\n    actions:\n      - type: deny\n";

    [Fact]
    public async Task Compiled_policies_decide_like_interpreted_ones()
    {
        await using var upstream = RawUpstream.Echo();
        var config = Config(upstream.Port, """
            - expressions: ["conn.tls.sni.startsWith('blocked.')"]
              actions:
                - type: deny
            """).Replace("tls://app.example.test", "tls://*.example.test", StringComparison.Ordinal);
        var cache = new CompileCache(TempDirectory.Create());
        await using var proxy = await TestProxy.StartAsync(config, Output, policies: new RoslynPolicyFactory(cache, NullLogger.Instance));

        Assert.Equal("denied", (await OneConnectionAsync(proxy, "blocked.example.test")).Event.CloseReason);
        var (echoed, _, allowed) = await OneConnectionAsync(proxy, "ok.example.test");
        Assert.Equal("completed", allowed.CloseReason);
        Assert.Equal(Hellos.For("ok.example.test"), echoed);
        TempDirectory.Delete(cache.Directory);
    }

    [Fact]
    public void A_matching_artifact_next_to_the_policy_file_is_used_and_a_stale_one_is_not()
    {
        var directory = TempDirectory.Create();
        try
        {
            var file = Path.Combine(directory, "app.yml");
            File.WriteAllText(file, PolicyText);
            var ir = PolicyCompiler.Compile(PolicyText, file, EndpointContext.Default).Policy!;
            File.WriteAllBytes(RoslynPolicyFactory.ArtifactPath(file), RoslynBackend.CompileArtifact(ir, "h"));
            var factory = new RoslynPolicyFactory(cache: null, NullLogger.Instance);
            Assert.Equal("artifact", factory.Create(ir, "h", file).Origin);

            var changed = PolicyCompiler.Compile(PolicyText.Replace("blocked.", "other.", StringComparison.Ordinal), file, EndpointContext.Default).Policy!;
            Assert.Equal("roslyn", factory.Create(changed, "h2", file).Origin);
        }
        finally
        {
            TempDirectory.Delete(directory);
        }
    }
}
