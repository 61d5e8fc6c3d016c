using System.Text;
using BenchmarkDotNet.Attributes;
using Policy.Compiler.Emit;
using Policy.Compiler.Interpreter;
using Policy.Compiler.TrafficPolicy;
using Policy.Compiler.TrafficPolicy.Catalog;
using Policy.Runtime.Network;
using Policy.Runtime.Policies;
using Policy.Runtime.Traffic;

namespace Policy.Benchmarks.Policies;

/// <summary>
/// A 20-rule on_tcp_connect policy run end to end on a connection that matches none of the
/// first 20 rules and reaches the final deny: hand-written C# against the compiled and the
/// interpreted policy run by the executor.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class Perf_Policy_TwentyRules
{
    private static readonly string[] Names = Enumerable.Range(0, 20).Select(i => $"app{i}.example.com").ToArray();
    private static readonly string[] Suffixes = Enumerable.Range(0, 20).Select(i => $".t{i}.example.com").ToArray();
    private static readonly CidrSet[] Cidrs = Enumerable.Range(0, 20).Select(i => CidrSet.Create([Cidr.Create(IpAddress.FromIPv4((uint)(10 << 24 | i << 16)), 16)])).ToArray();
    private readonly ConnectionContext _context = Evaluation.Fixture.Connection();
    private CompiledPolicy _compiled = null!;
    private CompiledPolicy _interpreted = null!;

    /// <summary>The policy text.</summary>
    public static string Text()
    {
        var sb = new StringBuilder("on_tcp_connect:\n");
        for (var i = 0; i < 20; i++)
        {
            var expression = (i % 4) switch
            {
                0 => $"conn.tls.sni == 'app{i}.example.com'",
                1 => $"conn.tls.sni.endsWith('.t{i}.example.com')",
                2 => $"inCidrRange(conn.client_ip, '10.{i}.0.0/16')",
                _ => $"conn.server_port == {8000 + i}",
            };
            sb.Append($"  - expressions: [\"{expression}\"]\n    actions:\n      - type: close-connection\n");
        }
        sb.Append("  - actions:\n      - type: deny\n");
        return sb.ToString();
    }

    /// <summary>Compiles the policy with both backends.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var ir = PolicyCompiler.Compile(Text(), "bench.yml", EndpointContext.Default).Policy!;
        _compiled = RoslynBackend.Compile(ir, "bench", cache: null).Policy;
        _interpreted = PolicyInterpreter.Build(ir, "bench");
        if (Run(_compiled) != PolicyOutcomeKind.Denied || Run(_interpreted) != PolicyOutcomeKind.Denied || HandWritten() != PolicyOutcomeKind.Denied)
            throw new InvalidOperationException("all three must reach the final deny");
    }

    private PolicyOutcomeKind Run(CompiledPolicy policy) =>
        PolicyExecutor.RunAsync(policy, _context, NoHost.Instance, CancellationToken.None).GetAwaiter().GetResult().Kind;

    /// <summary>The same decisions written by hand.</summary>
    [Benchmark(Baseline = true)]
    public PolicyOutcomeKind HandWritten()
    {
        var c = _context;
        for (var i = 0; i < 20; i++)
        {
            var match = (i % 4) switch
            {
                0 => c.Tls.Sni == Names[i],
                1 => c.Tls.Sni.EndsWith(Suffixes[i], StringComparison.Ordinal),
                2 => IpAddress.TryParse(c.ClientIp, out var ip) && Cidrs[i].Contains(ip),
                _ => c.ServerPort == 8000 + i,
            };
            if (match) return PolicyOutcomeKind.Closed;
        }
        return PolicyOutcomeKind.Denied;
    }

    /// <summary>The Roslyn-compiled policy.</summary>
    [Benchmark]
    public PolicyOutcomeKind Compiled() => Run(_compiled);

    /// <summary>The interpreted policy.</summary>
    [Benchmark]
    public PolicyOutcomeKind Interpreted() => Run(_interpreted);

    private sealed class NoHost : IPolicyHost
    {
        public static readonly NoHost Instance = new();
        public ValueTask<(string Code, string Message)?> ForwardInternalAsync(string url, ConnectionContext context, CancellationToken cancellationToken) => default;
        public ValueTask<(string Code, string Message)?> TerminateTlsAsync(TerminateTlsAction action, string? certificatePem, string? privateKeyPem,
            IReadOnlyList<string> certificateAuthorities, ConnectionContext context, CancellationToken cancellationToken) => default;
    }
}
