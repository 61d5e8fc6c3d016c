namespace Policy.Proxy.Admin.Metrics;

/// <summary>A Prometheus histogram: counts per upper bound, the sum and the count of observations; lock-free.</summary>
public sealed class Histogram(IReadOnlyList<double> bounds)
{
    private readonly long[] _counts = new long[bounds.Count + 1];
    private long _sumBits;

    /// <summary>The upper bounds of the buckets, ascending (the implicit last one is +Inf).</summary>
    public IReadOnlyList<double> Bounds { get; } = bounds;

    /// <summary>Records one observation.</summary>
    public void Observe(double value)
    {
        var i = 0;
        while (i < Bounds.Count && value > Bounds[i]) i++;
        Interlocked.Increment(ref _counts[i]);
        long seen, next;
        do
        {
            seen = Volatile.Read(ref _sumBits);
            next = BitConverter.DoubleToInt64Bits(BitConverter.Int64BitsToDouble(seen) + value);
        }
        while (Interlocked.CompareExchange(ref _sumBits, next, seen) != seen);
    }

    /// <summary>The cumulative count per bucket (the last is +Inf, i.e. the total count) and the sum.</summary>
    public (long[] Cumulative, double Sum) Read()
    {
        var cumulative = new long[_counts.Length];
        long total = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            total += Volatile.Read(ref _counts[i]);
            cumulative[i] = total;
        }
        return (cumulative, BitConverter.Int64BitsToDouble(Volatile.Read(ref _sumBits)));
    }
}
