using BenchmarkDotNet.Attributes;
using Policy.Compiler.Emit;
using Policy.Compiler.Lowering;
using Policy.Compiler.TrafficPolicy;
using Policy.Compiler.TrafficPolicy.Catalog;

namespace Policy.Benchmarks.Compile;

/// <summary>Warm compile time (policy compiler + C# generation + Roslyn + load) of a 1-rule and a 100-rule policy.</summary>
[Config(typeof(BenchmarkConfig))]
public class Perf_Compile_Roslyn
{
    private string _text = "";

    /// <summary>The number of rules.</summary>
    [Params(1, 100)]
    public int Rules { get; set; }

    /// <summary>Builds the policy text.</summary>
    [GlobalSetup]
    public void Setup() => _text = PolicyCorpus.Policy(Rules);

    /// <summary>Text to loaded delegates.</summary>
    [Benchmark]
    public int PolicyToDelegates()
    {
        var ir = PolicyCompiler.Compile(_text, "bench.yml", EndpointContext.Default).Policy!;
        return RoslynBackend.Compile(ir, "bench", cache: null).Policy.OnTcpConnect.Count;
    }

    /// <summary>Only the checking and lowering part, for comparison.</summary>
    [Benchmark]
    public IrPolicy? PolicyToIr() => PolicyCompiler.Compile(_text, "bench.yml", EndpointContext.Default).Policy;
}
