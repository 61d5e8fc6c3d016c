using System.Diagnostics.CodeAnalysis;
using Policy.Runtime.Values;

namespace Policy.Runtime.Time;

// Timestamp accessors read the clock in UTC, or in the zone given as an argument; duration
// accessors convert the whole duration to a unit.
public static partial class TimeFunctions
{
    private const long NanosPerMillisecond = 1_000_000;
    private const long NanosPerSecond = 1_000_000_000;
    private const long NanosPerMinute = 60 * NanosPerSecond;
    private const long NanosPerHour = 60 * NanosPerMinute;

    /// <summary><c>t.getFullYear()</c>: the year in UTC.</summary>
    public static long GetFullYear(CelTimestamp t) => Utc(t).Year;

    /// <summary><c>t.getFullYear(tz)</c>: the year in a time zone.</summary>
    public static CelValue GetFullYear(CelTimestamp t, string timeZone) =>
        TryLocal(t, timeZone, out var c, out var e) ? CelInt.Of(c.Year) : e;

    /// <summary><c>t.getMonth()</c>: the month in UTC, 0 (January) to 11.</summary>
    public static long GetMonth(CelTimestamp t) => Utc(t).Month - 1;

    /// <summary><c>t.getMonth(tz)</c>: the month in a time zone, 0 (January) to 11.</summary>
    public static CelValue GetMonth(CelTimestamp t, string timeZone) =>
        TryLocal(t, timeZone, out var c, out var e) ? CelInt.Of(c.Month - 1) : e;

    /// <summary><c>t.getDate()</c>: the day of the month in UTC, 1 to 31.</summary>
    public static long GetDate(CelTimestamp t) => Utc(t).Day;

    /// <summary><c>t.getDate(tz)</c>: the day of the month in a time zone, 1 to 31.</summary>
    public static CelValue GetDate(CelTimestamp t, string timeZone) =>
        TryLocal(t, timeZone, out var c, out var e) ? CelInt.Of(c.Day) : e;

    /// <summary><c>t.getDayOfMonth()</c>: the day of the month in UTC, 0 to 30.</summary>
    public static long GetDayOfMonth(CelTimestamp t) => Utc(t).Day - 1;

    /// <summary><c>t.getDayOfMonth(tz)</c>: the day of the month in a time zone, 0 to 30.</summary>
    public static CelValue GetDayOfMonth(CelTimestamp t, string timeZone) =>
        TryLocal(t, timeZone, out var c, out var e) ? CelInt.Of(c.Day - 1) : e;

    /// <summary><c>t.getDayOfWeek()</c>: the day of the week in UTC, 0 (Sunday) to 6.</summary>
    public static long GetDayOfWeek(CelTimestamp t) => Utc(t).DayOfWeek;

    /// <summary><c>t.getDayOfWeek(tz)</c>: the day of the week in a time zone, 0 (Sunday) to 6.</summary>
    public static CelValue GetDayOfWeek(CelTimestamp t, string timeZone) =>
        TryLocal(t, timeZone, out var c, out var e) ? CelInt.Of(c.DayOfWeek) : e;

    /// <summary><c>t.getDayOfYear()</c>: the day of the year in UTC, 0 to 365.</summary>
    public static long GetDayOfYear(CelTimestamp t) => Utc(t).DayOfYear - 1;

    /// <summary><c>t.getDayOfYear(tz)</c>: the day of the year in a time zone, 0 to 365.</summary>
    public static CelValue GetDayOfYear(CelTimestamp t, string timeZone) =>
        TryLocal(t, timeZone, out var c, out var e) ? CelInt.Of(c.DayOfYear - 1) : e;

    /// <summary><c>t.getHours()</c>: the hour in UTC, 0 to 23.</summary>
    public static long GetHours(CelTimestamp t) => Utc(t).Hour;

    /// <summary><c>t.getHours(tz)</c>: the hour in a time zone, 0 to 23.</summary>
    public static CelValue GetHours(CelTimestamp t, string timeZone) =>
        TryLocal(t, timeZone, out var c, out var e) ? CelInt.Of(c.Hour) : e;

    /// <summary><c>t.getMinutes()</c>: the minute in UTC, 0 to 59.</summary>
    public static long GetMinutes(CelTimestamp t) => Utc(t).Minute;

    /// <summary><c>t.getMinutes(tz)</c>: the minute in a time zone, 0 to 59.</summary>
    public static CelValue GetMinutes(CelTimestamp t, string timeZone) =>
        TryLocal(t, timeZone, out var c, out var e) ? CelInt.Of(c.Minute) : e;

    /// <summary><c>t.getSeconds()</c>: the second in UTC, 0 to 59.</summary>
    public static long GetSeconds(CelTimestamp t) => Utc(t).Second;

    /// <summary><c>t.getSeconds(tz)</c>: the second in a time zone, 0 to 59.</summary>
    public static CelValue GetSeconds(CelTimestamp t, string timeZone) =>
        TryLocal(t, timeZone, out var c, out var e) ? CelInt.Of(c.Second) : e;

    /// <summary><c>t.getMilliseconds()</c>: the millisecond within the second, 0 to 999.</summary>
    public static long GetMilliseconds(CelTimestamp t) => t.Nanos / NanosPerMillisecond;

    /// <summary><c>t.getMilliseconds(tz)</c>: the millisecond within the second, 0 to 999; the zone must still be valid.</summary>
    public static CelValue GetMilliseconds(CelTimestamp t, string timeZone) =>
        TryLocal(t, timeZone, out var c, out var e) ? CelInt.Of(c.Nanosecond / NanosPerMillisecond) : e;

    /// <summary><c>d.getHours()</c>: the whole duration in hours, truncated toward zero.</summary>
    public static long GetHours(CelDuration d) => d.TotalNanoseconds / NanosPerHour;

    /// <summary><c>d.getMinutes()</c>: the whole duration in minutes, truncated toward zero.</summary>
    public static long GetMinutes(CelDuration d) => d.TotalNanoseconds / NanosPerMinute;

    /// <summary><c>d.getSeconds()</c>: the whole duration in seconds, truncated toward zero.</summary>
    public static long GetSeconds(CelDuration d) => d.TotalNanoseconds / NanosPerSecond;

    /// <summary>
    /// <c>d.getMilliseconds()</c>: the millisecond part of the duration, -999 to 999 with the
    /// duration's sign (<c>duration('1.5s').getMilliseconds()</c> is 500).
    /// </summary>
    public static long GetMilliseconds(CelDuration d) => d.TotalNanoseconds % NanosPerSecond / NanosPerMillisecond;

    private static CivilTime Utc(CelTimestamp t) => CivilTime.FromUnixSeconds(t.Seconds, t.Nanos);

    private static bool TryLocal(CelTimestamp t, string timeZone, out CivilTime local, [NotNullWhen(false)] out CelError? error)
    {
        if (!TimeZones.TryGetOffset(timeZone, t, out var offset, out error))
        {
            local = default;
            return false;
        }
        local = CivilTime.FromUnixSeconds(t.Seconds + offset, t.Nanos);
        return true;
    }
}
