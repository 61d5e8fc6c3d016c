using Policy.Proxy.Admin.Metrics;

namespace Policy.Proxy.Connections;

/// <summary>
/// How many of a connection's bytes are already in the metrics' byte counters. Scrapes and the
/// close both report through <see cref="Report"/>, from any threads and in any order: each adds
/// only the growth past the watermarks, and the watermarks only move forward, so together they add
/// each byte once and the counters never go down.
/// </summary>
public sealed class ReportedBytes
{
    private long _in;
    private long _out;

    /// <summary>Bytes received from the client that were added to the metrics.</summary>
    public long In => Volatile.Read(ref _in);

    /// <summary>Bytes sent to the client that were added to the metrics.</summary>
    public long Out => Volatile.Read(ref _out);

    /// <summary>
    /// Adds to <paramref name="metrics"/>, under <paramref name="endpoint"/>, what
    /// <paramref name="totalIn"/> / <paramref name="totalOut"/> (the connection's counts now) hold
    /// beyond what was reported before.
    /// </summary>
    public void Report(ProxyMetrics metrics, string endpoint, long totalIn, long totalOut) =>
        metrics.BytesMoved(endpoint, Advance(ref _in, totalIn), Advance(ref _out, totalOut));

    /// <summary>Moves <paramref name="watermark"/> up to <paramref name="total"/>; the distance moved, which only this caller adds.</summary>
    private static long Advance(ref long watermark, long total)
    {
        // Bounded in practice: each retry means another reporter moved the watermark forward.
        while (true)
        {
            var seen = Volatile.Read(ref watermark);
            if (total <= seen) return 0;
            if (Interlocked.CompareExchange(ref watermark, total, seen) == seen) return total - seen;
        }
    }
}
