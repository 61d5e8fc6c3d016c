using System.Diagnostics;
using System.Globalization;
using Policy.Compiler.Emit;
using Policy.Compiler.TrafficPolicy;
using Policy.Compiler.TrafficPolicy.Catalog;

namespace Policy.Benchmarks.Compile;

/// <summary>
/// Compiles one policy in a fresh process with Roslyn (no compile cache) and prints the time of
/// the first compile (cold: Roslyn and our compiler not yet jitted), then of a second one (warm).
/// Run it twice to see both a first-ever process (jit_profile=new) and a later one (reused).
/// </summary>
public static class ColdCompile
{
    /// <summary>Runs the measurement; output is one line of milliseconds.</summary>
    public static int Run(int rules)
    {
        // As the proxy does: a process after the first one finds the JIT profile of earlier ones.
        var profiled = CompileCache.Default.StartJitProfile("cold-compile");
        var text = PolicyCorpus.Policy(rules);
        var cold = Measure(text);
        var warm = Measure(text.Replace("example.com", "example.net"));
        var sinceStart = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rules={rules} cold_ms={cold:F0} warm_ms={warm:F0} process_ms={sinceStart:F0} jit_profile={(profiled ? "reused" : "new")}"));
        return 0;
    }

    private static double Measure(string text)
    {
        var watch = Stopwatch.StartNew();
        var result = PolicyCompiler.Compile(text, "bench.yml", EndpointContext.Default);
        if (!result.Success) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        var (policy, source) = RoslynBackend.Compile(result.Policy!, "bench", cache: null);
        if (source != RoslynBackend.Source.Roslyn || policy.OnTcpConnect.Count == 0) throw new InvalidOperationException("expected a Roslyn compile");
        return watch.Elapsed.TotalMilliseconds;
    }
}
