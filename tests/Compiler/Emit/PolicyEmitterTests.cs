using Policy.Compiler.Emit;
using Policy.Compiler.Interpreter;
using Policy.Compiler.TrafficPolicy;
using Policy.Compiler.TrafficPolicy.Catalog;
using Policy.Runtime.Policies;
using Policy.Runtime.Traffic;
using Policy.Runtime.Values;

namespace Policy.Compiler.Tests.Emit;

public class PolicyEmitterTests
{
    private static Lowering.IrPolicy Ir(string yaml)
    {
        var result = PolicyCompiler.Compile(yaml, "policy.yml", EndpointContext.Default);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.Policy!;
    }

    private const string Policy = """
        on_tcp_connect:
          - expressions:
              - "conn.tls.sni.endsWith('.example.com')"
              - "conn.server_port == 443"
            actions:
              - type: set-vars
                config:
                  vars:
                    - tier: "${conn.tls.sni.split('.')[0]}"
          - expressions:
              - "vars.tier in ['gold', 'silver'] && inCidrRanges(conn.client_ip, ['10.0.0.0/8', '192.168.0.0/16'])"
            actions:
              - type: log
                config:
                  metadata:
                    who: "${vars.tier}-${conn.client_ip}"
              - type: deny
        """;

    [Fact]
    public void Generated_code_uses_typed_getters_and_prepared_constants()
    {
        var generated = PolicyEmitter.Generate(Ir(Policy));
        Assert.Contains("TrafficGetters.TlsSni(ctx)", generated.Source);
        Assert.Contains("HashSet<string>", generated.Source);
        Assert.Contains("CidrSetOf(", generated.Source);
    }

    [Theory]
    [InlineData("gold.example.com", "10.1.2.3", PolicyOutcomeKind.Denied)]
    [InlineData("gold.example.com", "172.16.0.1", PolicyOutcomeKind.Continue)]
    [InlineData("bronze.example.com", "10.1.2.3", PolicyOutcomeKind.Continue)]
    [InlineData("gold.example.org", "10.1.2.3", PolicyOutcomeKind.Continue)]
    public async Task Compiled_and_interpreted_policies_decide_alike(string sni, string ip, PolicyOutcomeKind expected)
    {
        var ir = Ir(Policy);
        var (compiled, _) = RoslynBackend.Compile(ir, "test");
        var interpreted = PolicyInterpreter.Build(ir, "test");
        foreach (var policy in new[] { compiled, interpreted })
        {
            var context = new ConnectionContext { ClientIp = ip, ServerPort = 443 };
            context.Tls.Sni = sni;
            var outcome = await PolicyExecutor.RunAsync(policy, context, NoHost.Instance, CancellationToken.None);
            Assert.Equal(expected, outcome.Kind);
            if (expected == PolicyOutcomeKind.Denied)
                Assert.Equal("gold-" + ip, Assert.Single(context.Logs)["who"]);
        }
    }

    private sealed class NoHost : IPolicyHost
    {
        public static readonly NoHost Instance = new();
        public ValueTask<(string Code, string Message)?> ForwardInternalAsync(string url, ConnectionContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult<(string, string)?>(("ERR", "no host"));
        public ValueTask<(string Code, string Message)?> TerminateTlsAsync(TerminateTlsAction action, string? certificatePem, string? privateKeyPem,
            IReadOnlyList<string> certificateAuthorities, ConnectionContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult<(string, string)?>(("ERR", "no host"));
    }
}
