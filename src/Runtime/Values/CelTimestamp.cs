using System.Globalization;
using Policy.Runtime.Types;

namespace Policy.Runtime.Values;

/// <summary>
/// A <c>google.protobuf.Timestamp</c>: an instant with nanosecond precision between
/// 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999999999Z.
/// </summary>
public sealed class CelTimestamp : CelValue
{
    /// <summary>Seconds of 0001-01-01T00:00:00Z since the Unix epoch.</summary>
    public const long MinSeconds = -62135596800;
    /// <summary>Seconds of 9999-12-31T23:59:59Z since the Unix epoch.</summary>
    public const long MaxSeconds = 253402300799;

    private CelTimestamp(long seconds, int nanos)
    {
        Seconds = seconds;
        Nanos = nanos;
    }

    /// <summary>Whole seconds since the Unix epoch.</summary>
    public long Seconds { get; }

    /// <summary>Nanoseconds within the second, 0 to 999,999,999.</summary>
    public int Nanos { get; }

    /// <summary>An instant, or a range error outside years 1–9999. Nanos may be any value; it is normalised.</summary>
    public static CelValue Create(long seconds, long nanos)
    {
        seconds += Math.DivRem(nanos, 1_000_000_000L, out var rem);
        if (rem < 0)
        {
            rem += 1_000_000_000L;
            seconds--;
        }
        return seconds is < MinSeconds or > MaxSeconds
            ? CelError.Range("timestamp")
            : new CelTimestamp(seconds, (int)rem);
    }

    /// <summary>The instant of a <see cref="DateTimeOffset"/> (100 ns precision).</summary>
    public static CelTimestamp FromDateTimeOffset(DateTimeOffset t)
    {
        var ticks = t.UtcTicks - DateTime.UnixEpoch.Ticks;
        var seconds = Math.DivRem(ticks, TimeSpan.TicksPerSecond, out var rem);
        if (rem < 0)
        {
            rem += TimeSpan.TicksPerSecond;
            seconds--;
        }
        return new CelTimestamp(seconds, (int)(rem * 100));
    }

    /// <summary>The instant as UTC <see cref="DateTime"/>, truncated to 100 ns.</summary>
    public DateTime ToDateTime() => DateTime.UnixEpoch.AddTicks(Seconds * TimeSpan.TicksPerSecond + Nanos / 100);

    /// <inheritdoc/>
    public override CelKind Kind => CelKind.Timestamp;
    /// <inheritdoc/>
    public override CelType Type => CelType.Timestamp;
    /// <inheritdoc/>
    public override bool CelEquals(CelValue other) => other is CelTimestamp t && t.Seconds == Seconds && t.Nanos == Nanos;
    /// <inheritdoc/>
    public override int CelHash() => HashCode.Combine(Seconds, Nanos);

    /// <inheritdoc/>
    public override int? CompareTo(CelValue other) =>
        other is CelTimestamp t ? (Seconds != t.Seconds ? Seconds.CompareTo(t.Seconds) : Nanos.CompareTo(t.Nanos)) : null;

    /// <summary>RFC 3339 in UTC with as many fractional digits as needed (0, 3, 6 or 9… trimmed).</summary>
    public string ToRfc3339()
    {
        var dt = DateTime.UnixEpoch.AddSeconds(Seconds);
        var s = dt.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        if (Nanos != 0) s += "." + Nanos.ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0');
        return s + "Z";
    }

    /// <inheritdoc/>
    public override string ToString() => $"timestamp(\"{ToRfc3339()}\")";
}
