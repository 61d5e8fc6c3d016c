using BenchmarkDotNet.Running;

namespace Policy.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench -- --filter '*'</c> runs the BenchmarkDotNet suites;
/// <c>cold-compile N</c> measures compiling an N-rule policy in this (fresh) process.
/// </summary>
public static class BenchProgram
{
    /// <summary>Entry point.</summary>
    public static int Main(string[] args)
    {
        if (args is ["cold-compile", var rules])
            return Compile.ColdCompile.Run(int.Parse(rules, System.Globalization.CultureInfo.InvariantCulture));
        BenchmarkSwitcher.FromAssembly(typeof(BenchProgram).Assembly).Run(args);
        return 0;
    }
}
