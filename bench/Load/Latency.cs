using System.Diagnostics;

namespace Policy.Benchmarks.Load;

/// <summary>Round-trip times of 64-byte messages over one established connection.</summary>
public static class Latency
{
    /// <summary>Returns the round trips in microseconds, sorted (the first 500 warm-up trips are dropped).</summary>
    public static async Task<double[]> RunAsync(int port, byte[] hello, int pings, TimeSpan limit)
    {
        using var s = await Throughput.ConnectAsync(port);
        await s.SendAsync((byte[])[.. hello, (byte)'E']);
        var message = new byte[64];
        var back = new byte[64];
        var samples = new List<double>(pings);
        var deadline = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
        for (var i = 0; i < pings + 500 && Stopwatch.GetTimestamp() < deadline; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await s.SendAsync(message);
            await RawUpstream.ReadExactlyAsync(s, back);
            if (i >= 500) samples.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
        }
        samples.Sort();
        return [.. samples];
    }

    /// <summary>The <paramref name="p"/>-th percentile (0..100) of sorted samples.</summary>
    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100 * sorted.Length) - 1)];
}
