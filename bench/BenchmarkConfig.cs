using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace Policy.Benchmarks;

/// <summary>The one configuration every suite uses: memory diagnoser, modest iteration counts for a 2-core machine.</summary>
public sealed class BenchmarkConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public BenchmarkConfig()
    {
        AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).WithLaunchCount(1));
        AddDiagnoser(MemoryDiagnoser.Default);
        WithOptions(ConfigOptions.JoinSummary);
    }
}
