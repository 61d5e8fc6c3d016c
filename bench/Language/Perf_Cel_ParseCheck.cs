using BenchmarkDotNet.Attributes;
using Policy.Compiler.Checking;
using Policy.Compiler.Syntax;
using Policy.Compiler.TrafficPolicy.Catalog;

namespace Policy.Benchmarks.Language;

/// <summary>Parse, and parse plus type-check, of representative Traffic Policy expressions.</summary>
[Config(typeof(BenchmarkConfig))]
public class Perf_Cel_ParseCheck
{
    private CelEnvironment _env = null!;

    /// <summary>The expression.</summary>
    [Params(
        "conn.tls.sni.endsWith('.example.com')",
        "inCidrRanges(conn.client_ip, ['10.0.0.0/8', '192.168.0.0/16'])",
        "conn.client_ip.geo.location.country_code in ['US', 'CA'] && !conn.client_ip.is_on_blocklist",
        "timestamp(time.now).getHours('America/New_York') >= 9",
        "conn.tls.sni.matches('^[a-z0-9-]+\\\\.example\\\\.com$') && size(conn.tls.sni.split('.')) == 3")]
    public string Expression { get; set; } = "";

    /// <summary>Builds the TLS on_tcp_connect environment once.</summary>
    [GlobalSetup]
    public void Setup() => _env = PolicyEnvironments.For(Scheme.Tls, Phases.OnTcpConnect);

    /// <summary>Parse only.</summary>
    [Benchmark]
    public ParsedExpr? Parse() => CelSyntax.Parse(Expression).Result;

    /// <summary>Parse and check.</summary>
    [Benchmark]
    public CheckedExpr? ParseAndCheck() => _env.Compile(Expression).Result;
}
