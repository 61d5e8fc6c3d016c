using Policy.Runtime.Values;

namespace Policy.Runtime.Time;

/// <summary>
/// The implementations behind <see cref="TimeLibrary"/>: conversions to and from timestamps and
/// durations, the accessors (<c>getFullYear</c>, <c>getHours</c>…) and time arithmetic. Every
/// method is a public static method that generated code calls directly; failures are returned
/// as <see cref="CelError"/> values, never thrown.
/// </summary>
public static partial class TimeFunctions
{
    /// <summary><c>timestamp(string)</c>: RFC 3339 text, see <see cref="TimestampParser"/>.</summary>
    public static CelValue StringToTimestamp(string text) => TimestampParser.Parse(text);

    /// <summary><c>timestamp(int)</c>: seconds since the Unix epoch; a range error outside years 1–9999.</summary>
    public static CelValue IntToTimestamp(long unixSeconds) => CelTimestamp.Create(unixSeconds, 0);

    /// <summary><c>timestamp(timestamp)</c>: the identity.</summary>
    public static CelTimestamp TimestampToTimestamp(CelTimestamp value) => value;

    /// <summary><c>duration(string)</c>: Go duration syntax, see <see cref="DurationParser"/>.</summary>
    public static CelValue StringToDuration(string text) => DurationParser.Parse(text);

    /// <summary><c>duration(duration)</c>: the identity.</summary>
    public static CelDuration DurationToDuration(CelDuration value) => value;

    /// <summary><c>int(timestamp)</c>: whole seconds since the Unix epoch, rounded down (toward the past).</summary>
    public static long TimestampToInt(CelTimestamp value) => value.Seconds;

    /// <summary>
    /// <c>string(timestamp)</c>: RFC 3339 in UTC, with the fraction's trailing zeros removed
    /// (<c>2009-02-13T23:31:30Z</c>, <c>2009-02-13T23:31:30.12Z</c>), as Go's <c>RFC3339Nano</c> layout prints.
    /// </summary>
    public static string TimestampToString(CelTimestamp value) => value.ToRfc3339();

    /// <summary>
    /// <c>string(duration)</c>: seconds with the fraction's trailing zeros removed and an <c>s</c>
    /// suffix (<c>1000000s</c>, <c>1.5s</c>, <c>-0.000000001s</c>), exact to the nanosecond.
    /// </summary>
    public static string DurationToString(CelDuration value) => value.ToProtoString();
}
