using System.Globalization;
using Policy.Proxy.Demo;

namespace Policy.Benchmarks.Load;

/// <summary>
/// The proxy load harness: <c>dotnet run -c Release --project bench -- load [options]</c>. It runs
/// the built policy-proxy as a separate process and measures, against a direct connection to the
/// same upstream in the same run: new TLS connections per second (pass-through), bulk throughput,
/// added latency, and memory per idle connection. Everything is on loopback and bounded.
/// </summary>
public static class LoadHarness
{
    /// <summary>The command line word that selects the harness.</summary>
    public const string Command = "load";

    private const string TlsName = "bench.test";
    private const string RawName = "raw.bench.test";
    private const string IdleName = "idle.bench.test";
    private const string WarmName = "warm.bench.test";

    /// <summary>A proxy config with one pass-through endpoint per (name, host, upstream port), each with a small policy like the demo's.</summary>
    public static string Config(params (string Name, string Host, int UpstreamPort)[] endpoints)
    {
        var sb = new System.Text.StringBuilder("listen: 127.0.0.1:0\nevents: events.jsonl\nendpoints:\n");
        foreach (var (name, host, port) in endpoints)
        {
            sb.Append(CultureInfo.InvariantCulture, $"""
                  - name: {name}
                    url: tls://{host}
                    upstream: {"{"}url: "127.0.0.1:{port}"{"}"}
                    traffic_policy:
                      on_tcp_connect:
                        - actions:
                            - type: restrict-ips
                              config: {"{"}enforce: true, allow: ["127.0.0.0/8", "::1/128"]{"}"}
                        - actions:
                            - type: log
                              config: {"{"}metadata: {"{"}sni: "${"{"}conn.tls.sni{"}"}"{"}"}{"}"}

                """);
        }
        return sb.ToString();
    }

    /// <summary>Runs the scenarios and prints a Markdown report; 0 when every run completed.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var options = LoadOptions.Parse(args);
        Console.WriteLine($"policy-proxy load harness: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:u}");
        var rawHello = await HelloBytes.CaptureAsync(RawName);
        await using var tlsUpstream = EchoServer.Start(TlsName);
        await using var rawUpstream = await UpstreamProcess.StartAsync(rawHello.Length);
        var rows = new List<string>();
        await using (var proxy = await ProxyUnderTest.StartAsync(Config(("tls", TlsName, tlsUpstream.EndPoint.Port), ("raw", RawName, rawUpstream.Port))))
        {
            if (options.Scenarios.Contains("rate")) rows.AddRange(await RateAsync(options, tlsUpstream.EndPoint.Port, proxy.Port));
            if (options.Scenarios.Contains("bulk")) rows.AddRange(await BulkAsync(options, rawHello, rawUpstream.Port, proxy.Port));
            if (options.Scenarios.Contains("latency")) rows.AddRange(await LatencyAsync(options, rawHello, rawUpstream.Port, proxy.Port));
        }
        if (options.Scenarios.Contains("idle"))
        {
            var idle = await IdleMemory.RunAsync(await HelloBytes.CaptureAsync(IdleName), IdleName, await HelloBytes.CaptureAsync(WarmName), WarmName, options.IdleConnections, options.HoldSeconds);
            rows.Add($"| idle memory | {idle.Connections:N0} connections ({idle.Forwarded:N0} forwarded) | RSS {Mb(idle.BaselineBytes)} → {Mb(idle.LoadedBytes)} | **{idle.PerConnection / 1024:F1} KiB per connection** | target ≤ 16 KiB |");
        }
        Console.WriteLine();
        Console.WriteLine("| measure | direct | through the proxy | result | target |");
        Console.WriteLine("| --- | --- | --- | --- | --- |");
        foreach (var row in rows) Console.WriteLine(row);
        return 0;
    }

    /// <summary>Runs direct and proxied measurements alternately for the configured rounds; returns the best of each.</summary>
    private static async Task<(double Direct, double Proxied)> BestOfAsync(int rounds, Func<Task<double>> direct, Func<Task<double>> proxied)
    {
        double d = 0, p = 0;
        for (var i = 0; i < rounds; i++)
        {
            d = Math.Max(d, await direct());
            p = Math.Max(p, await proxied());
        }
        return (d, p);
    }

    private static async Task<List<string>> RateAsync(LoadOptions o, int direct, int proxied)
    {
        await ConnectionRate.RunAsync(direct, TlsName, o.RateWorkers, TimeSpan.FromSeconds(1));
        await ConnectionRate.RunAsync(proxied, TlsName, o.RateWorkers, TimeSpan.FromSeconds(1));
        long errors = 0;
        async Task<double> Run(int port)
        {
            var r = await ConnectionRate.RunAsync(port, TlsName, o.RateWorkers, o.RateDuration);
            errors += r.Errors;
            return r.PerSecond;
        }
        var (d, p) = await BestOfAsync(o.Rounds, () => Run(direct), () => Run(proxied));
        return [$"| new TLS connections/s ({o.RateWorkers} clients, TLS 1.3 full handshakes, best of {o.Rounds}×{o.RateDuration.TotalSeconds:0} s, {errors} errors) | {d:N0} | {p:N0} | **{p / d:P0} of direct** | ≥ 70% |"];
    }

    private static async Task<List<string>> BulkAsync(LoadOptions o, byte[] hello, int direct, int proxied)
    {
        await Throughput.UploadAsync(proxied, hello, 32);
        var (du, pu) = await BestOfAsync(o.Rounds, () => Throughput.UploadAsync(direct, hello, o.BulkMegabytes), () => Throughput.UploadAsync(proxied, hello, o.BulkMegabytes));
        var (dd, pd) = await BestOfAsync(o.Rounds, () => Throughput.DownloadAsync(direct, hello, o.BulkMegabytes), () => Throughput.DownloadAsync(proxied, hello, o.BulkMegabytes));
        return
        [
            $"| bulk upload MB/s (one connection, {o.BulkMegabytes} MB, best of {o.Rounds}) | {du:N0} | {pu:N0} | **{pu / du:P0} of direct** | ≥ 80% |",
            $"| bulk download MB/s (one connection, {o.BulkMegabytes} MB, best of {o.Rounds}) | {dd:N0} | {pd:N0} | **{pd / dd:P0} of direct** | ≥ 80% |",
        ];
    }

    private static async Task<List<string>> LatencyAsync(LoadOptions o, byte[] hello, int direct, int proxied)
    {
        var limit = TimeSpan.FromSeconds(20);
        await Latency.RunAsync(direct, hello, 1000, limit);
        await Latency.RunAsync(proxied, hello, 1000, limit);
        double[]? bestDirect = null, bestProxied = null;
        for (var i = 0; i < o.Rounds; i++)
        {
            var d = await Latency.RunAsync(direct, hello, o.Pings, limit);
            var p = await Latency.RunAsync(proxied, hello, o.Pings, limit);
            if (bestDirect is null || Latency.Percentile(d, 50) < Latency.Percentile(bestDirect, 50)) bestDirect = d;
            if (bestProxied is null || Latency.Percentile(p, 50) < Latency.Percentile(bestProxied, 50)) bestProxied = p;
        }
        double P(double[] s, double q) => Latency.Percentile(s, q);
        var (bd, bp) = (bestDirect!, bestProxied!);
        return
        [
            $"| round trip p50 µs (64 B, {bd.Length:N0} trips, best of {o.Rounds}) | {P(bd, 50):F0} | {P(bp, 50):F0} | **+{P(bp, 50) - P(bd, 50):F0} µs** | |",
            $"| round trip p99 µs (same runs) | {P(bd, 99):F0} | {P(bp, 99):F0} | **+{P(bp, 99) - P(bd, 99):F0} µs** | |",
        ];
    }

    private static string Mb(long bytes) => $"{bytes / (1024.0 * 1024.0):F1} MiB";
}
