using System.Globalization;

namespace Policy.Benchmarks.Load;

/// <summary>Bounds of a load run; every loop stops at its count or its time, whichever comes first.</summary>
public sealed record LoadOptions
{
    /// <summary>How long each connection-rate run lasts.</summary>
    public TimeSpan RateDuration { get; init; } = TimeSpan.FromSeconds(4);
    /// <summary>Rounds of each direct/proxy comparison (interleaved); the best of each side is reported, which filters out noise from other work on shared cores.</summary>
    public int Rounds { get; init; } = 3;
    /// <summary>Concurrent clients opening connections.</summary>
    public int RateWorkers { get; init; } = 16;
    /// <summary>Megabytes sent each way for the throughput runs.</summary>
    public int BulkMegabytes { get; init; } = 512;
    /// <summary>Round trips for the latency runs.</summary>
    public int Pings { get; init; } = 20_000;
    /// <summary>Idle connections held open for the memory run (two sockets each in the proxy; the per-process file limit is 20,000).</summary>
    public int IdleConnections { get; init; } = 9_900;
    /// <summary>Seconds to keep the idle connections open after measuring (for inspecting the proxy with diagnostic tools).</summary>
    public int HoldSeconds { get; init; }
    /// <summary>Which scenarios to run (rate, bulk, latency, idle).</summary>
    public IReadOnlySet<string> Scenarios { get; init; } = new HashSet<string>(["rate", "bulk", "latency", "idle"]);

    /// <summary>Parses <c>--rate-seconds N --workers N --bulk-mb N --pings N --idle N --only a,b</c>.</summary>
    public static LoadOptions Parse(string[] args)
    {
        var o = new LoadOptions();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var v = args[i + 1];
            int N() => int.Parse(v, CultureInfo.InvariantCulture);
            o = args[i] switch
            {
                "--rate-seconds" => o with { RateDuration = TimeSpan.FromSeconds(N()) },
                "--rounds" => o with { Rounds = Math.Clamp(N(), 1, 10) },
                "--workers" => o with { RateWorkers = N() },
                "--bulk-mb" => o with { BulkMegabytes = N() },
                "--pings" => o with { Pings = N() },
                "--idle" => o with { IdleConnections = N() },
                "--hold" => o with { HoldSeconds = Math.Min(N(), 600) },
                "--only" => o with { Scenarios = new HashSet<string>(v.Split(',')) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }
        return o;
    }
}
