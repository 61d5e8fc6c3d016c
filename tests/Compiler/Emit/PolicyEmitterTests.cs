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

    private const string ScannedPolicy = """
        on_tcp_connect:
          - expressions: ["int(conn.tls.sni.split('.')[0]) > 5"]
            actions: [{type: log, config: {metadata: {rule: "0"}}}]
          - expressions: ["conn.server_port == 443", "conn.tls.sni.endsWith('.com')"]
            actions: [{type: log, config: {metadata: {rule: "1"}}}]
          - actions: [{type: log, config: {metadata: {rule: "2"}}}]
          - expressions: ["conn.client_ip == '10.0.0.1'"]
            actions: [{type: deny}]
        """;

    public static TheoryData<string, long, string> Connections()
    {
        var data = new TheoryData<string, long, string>();
        foreach (var sni in new[] { "9.example.com", "a.example.com", "3.example.org" })
        foreach (var port in new long[] { 443, 80 })
        foreach (var ip in new[] { "10.0.0.1", "10.0.0.2" })
            data.Add(sni, port, ip);
        return data;
    }

    [Theory]
    [MemberData(nameof(Connections))]
    public void The_generated_rule_scan_finds_what_calling_each_condition_finds(string sni, long port, string ip)
    {
        var (compiled, _) = RoslynBackend.Compile(Ir(ScannedPolicy), "test");
        var scan = Assert.IsType<RuleScanner>(compiled.Scanner);
        var context = new ConnectionContext { ClientIp = ip, ServerPort = port };
        context.Tls.Sni = sni;
        var rules = compiled.OnTcpConnect;
        for (var from = 0; from <= rules.Count; from++)
        {
            var expected = from;
            CelValue? value = null;
            for (; expected < rules.Count; expected++)
            {
                value = rules[expected].Condition?.Invoke(context);
                if (value is null or CelBool { Value: true } or CelError) break;
            }
            var found = scan(context, from, out var error);
            Assert.Equal(expected, found);
            Assert.Equal((value as CelError)?.Message, error?.Message);
        }
    }

    [Theory]
    [MemberData(nameof(Connections))]
    public async Task A_scanned_policy_runs_like_the_interpreted_one_errors_included(string sni, long port, string ip)
    {
        var ir = Ir(ScannedPolicy);
        var outcomes = new List<(PolicyOutcomeKind, string, string)>();
        foreach (var policy in new[] { RoslynBackend.Compile(ir, "test").Policy, PolicyInterpreter.Build(ir, "test") })
        {
            var context = new ConnectionContext { ClientIp = ip, ServerPort = port };
            context.Tls.Sni = sni;
            var outcome = await PolicyExecutor.RunAsync(policy, context, NoHost.Instance, CancellationToken.None);
            outcomes.Add((outcome.Kind, string.Join("|", outcome.Errors), string.Join(",", context.Logs.Select(l => l["rule"]))));
        }
        Assert.Equal(outcomes[1], outcomes[0]);
        // Every rule that matched logged; rule 2 has no condition, so it always does.
        Assert.Contains("2", outcomes[0].Item3);
        Assert.Equal(sni.StartsWith('a'), outcomes[0].Item2.Contains("expression failed", StringComparison.Ordinal));
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
