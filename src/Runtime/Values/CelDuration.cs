using System.Globalization;
using Policy.Runtime.Types;

namespace Policy.Runtime.Values;

/// <summary>
/// A <c>google.protobuf.Duration</c>, held as a signed 64-bit count of nanoseconds (about ±292
/// years, the range the CEL specification gives durations).
/// </summary>
public sealed class CelDuration : CelValue
{
    private CelDuration(long nanos) => TotalNanoseconds = nanos;

    /// <summary>The duration in nanoseconds.</summary>
    public long TotalNanoseconds { get; }

    /// <summary>A duration.</summary>
    public static CelDuration Of(long nanos) => new(nanos);

    /// <summary>A duration of whole seconds plus nanoseconds, or a range error.</summary>
    public static CelValue Create(long seconds, long nanos)
    {
        var total = (Int128)seconds * 1_000_000_000 + nanos;
        return total < long.MinValue || total > long.MaxValue ? CelError.Range("duration") : new CelDuration((long)total);
    }

    /// <inheritdoc/>
    public override CelKind Kind => CelKind.Duration;
    /// <inheritdoc/>
    public override CelType Type => CelType.Duration;
    /// <inheritdoc/>
    public override bool CelEquals(CelValue other) => other is CelDuration d && d.TotalNanoseconds == TotalNanoseconds;
    /// <inheritdoc/>
    public override int CelHash() => TotalNanoseconds.GetHashCode();
    /// <inheritdoc/>
    public override int? CompareTo(CelValue other) => other is CelDuration d ? TotalNanoseconds.CompareTo(d.TotalNanoseconds) : null;

    /// <summary>The protobuf JSON form: seconds with an optional fraction and an <c>s</c> suffix, e.g. <c>1.5s</c>.</summary>
    public string ToProtoString()
    {
        var n = TotalNanoseconds;
        var sign = n < 0 ? "-" : "";
        var abs = n == long.MinValue ? (ulong)long.MaxValue + 1 : (ulong)Math.Abs(n);
        var secs = abs / 1_000_000_000UL;
        var frac = abs % 1_000_000_000UL;
        var s = sign + secs.ToString(CultureInfo.InvariantCulture);
        if (frac != 0) s += "." + frac.ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0');
        return s + "s";
    }

    /// <inheritdoc/>
    public override string ToString() => $"duration(\"{ToProtoString()}\")";
}
