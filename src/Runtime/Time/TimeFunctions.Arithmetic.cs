using Policy.Runtime.Values;

namespace Policy.Runtime.Time;

// The time overloads of + and -. Intermediate results are 128-bit nanoseconds, so nothing
// overflows before the range check; results outside a timestamp's or duration's range are errors.
public static partial class TimeFunctions
{
    /// <summary><c>timestamp + duration</c>.</summary>
    public static CelValue Add(CelTimestamp t, CelDuration d) => Shift(t, d.TotalNanoseconds);

    /// <summary><c>duration + timestamp</c>.</summary>
    public static CelValue Add(CelDuration d, CelTimestamp t) => Shift(t, d.TotalNanoseconds);

    /// <summary><c>duration + duration</c>.</summary>
    public static CelValue Add(CelDuration a, CelDuration b) =>
        DurationOf((Int128)a.TotalNanoseconds + b.TotalNanoseconds);

    /// <summary><c>timestamp - timestamp</c>: the duration between them; a range error beyond about 292 years.</summary>
    public static CelValue Subtract(CelTimestamp a, CelTimestamp b) =>
        DurationOf(TotalNanos(a) - TotalNanos(b));

    /// <summary><c>timestamp - duration</c>.</summary>
    public static CelValue Subtract(CelTimestamp t, CelDuration d) => Shift(t, -(Int128)d.TotalNanoseconds);

    /// <summary><c>duration - duration</c>.</summary>
    public static CelValue Subtract(CelDuration a, CelDuration b) =>
        DurationOf((Int128)a.TotalNanoseconds - b.TotalNanoseconds);

    private static Int128 TotalNanos(CelTimestamp t) => (Int128)t.Seconds * NanosPerSecond + t.Nanos;

    private static CelValue Shift(CelTimestamp t, Int128 nanos)
    {
        var total = TotalNanos(t) + nanos;
        var seconds = Int128.DivRem(total, NanosPerSecond);
        // The operands bound the result to a few hundred billion seconds, well inside a long.
        return CelTimestamp.Create((long)seconds.Quotient, (long)seconds.Remainder);
    }

    private static CelValue DurationOf(Int128 nanos) =>
        nanos < long.MinValue || nanos > long.MaxValue ? CelError.Range("duration") : CelDuration.Of((long)nanos);
}
