using BenchmarkDotNet.Running;
using Policy.Benchmarks.Load;

namespace Policy.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench -- --filter '*'</c> runs the BenchmarkDotNet suites;
/// <c>cold-compile N</c> measures compiling an N-rule policy in this (fresh) process;
/// <c>load</c> runs the proxy load harness (see Load/LoadHarness.cs).
/// </summary>
public static class BenchProgram
{
    /// <summary>Entry point.</summary>
    public static async Task<int> Main(string[] args)
    {
        switch (args)
        {
            case ["cold-compile", var rules]:
                return Compile.ColdCompile.Run(int.Parse(rules, System.Globalization.CultureInfo.InvariantCulture));
            case [LoadHarness.Command, ..]:
                return await LoadHarness.RunAsync(args[1..]);
            case [IdleUpstream.Command, ..]:
                return await IdleUpstream.RunAsync();
            case [UpstreamProcess.Command, ..]:
                return await UpstreamProcess.RunAsync(args[1..]);
        }
        BenchmarkSwitcher.FromAssembly(typeof(BenchProgram).Assembly).Run(args);
        return 0;
    }
}
