using Policy.Runtime.Functions;
using Policy.Runtime.Types;
using Policy.Runtime.Values;
using F = Policy.Runtime.Time.TimeFunctions;

namespace Policy.Runtime.Time;

/// <summary>
/// The part of CEL's standard library that deals with time: the <c>timestamp</c> and
/// <c>duration</c> conversions, <c>int</c> and <c>string</c> of them, the accessors, and the time
/// overloads of <c>+</c> and <c>-</c>. Comparison operators are not declared here; they are
/// generic over ordered values. Overload ids are cel-go's.
/// </summary>
public sealed class TimeLibrary : CelLibrary
{
    private static readonly CelType Ts = CelType.Timestamp;
    private static readonly CelType Dur = CelType.Duration;
    private static readonly CelType Str = CelType.String;
    private static readonly CelType Int = CelType.Int;

    private static readonly FunctionDecl[] s_functions = Declare();

    /// <inheritdoc/>
    public override string Name => "standard.time";

    /// <inheritdoc/>
    public override IEnumerable<FunctionDecl> Functions => s_functions;

    private static FunctionDecl[] Declare() =>
    [
        new("timestamp", "Converts to a timestamp: RFC 3339 text, Unix seconds, or a timestamp.",
            Overload.Global<string, CelValue>("string_to_timestamp", Str, Ts, F.StringToTimestamp),
            Overload.Global<long, CelValue>("int64_to_timestamp", Int, Ts, F.IntToTimestamp),
            Overload.Global<CelTimestamp, CelTimestamp>("timestamp_to_timestamp", Ts, Ts, F.TimestampToTimestamp)),
        new("duration", "Converts to a duration: text such as \"1h30m\" or \"1.5s\", or a duration.",
            Overload.Global<string, CelValue>("string_to_duration", Str, Dur, F.StringToDuration),
            Overload.Global<CelDuration, CelDuration>("duration_to_duration", Dur, Dur, F.DurationToDuration)),
        new("int", "Converts to int; a timestamp gives its Unix seconds.",
            Overload.Global<CelTimestamp, long>("timestamp_to_int64", Ts, Int, F.TimestampToInt)),
        new("string", "Converts to string; a timestamp gives RFC 3339 in UTC, a duration seconds such as \"1.5s\".",
            Overload.Global<CelTimestamp, string>("timestamp_to_string", Ts, Str, F.TimestampToString),
            Overload.Global<CelDuration, string>("duration_to_string", Dur, Str, F.DurationToString)),

        Accessor("getFullYear", "The year, in UTC or the given time zone.",
            "timestamp_to_year", F.GetFullYear, "timestamp_to_year_with_tz", F.GetFullYear),
        Accessor("getMonth", "The month, 0 (January) to 11, in UTC or the given time zone.",
            "timestamp_to_month", F.GetMonth, "timestamp_to_month_with_tz", F.GetMonth),
        Accessor("getDate", "The day of the month, 1 to 31, in UTC or the given time zone.",
            "timestamp_to_day_of_month_1_based", F.GetDate, "timestamp_to_day_of_month_1_based_with_tz", F.GetDate),
        Accessor("getDayOfMonth", "The day of the month, 0 to 30, in UTC or the given time zone.",
            "timestamp_to_day_of_month", F.GetDayOfMonth, "timestamp_to_day_of_month_with_tz", F.GetDayOfMonth),
        Accessor("getDayOfWeek", "The day of the week, 0 (Sunday) to 6, in UTC or the given time zone.",
            "timestamp_to_day_of_week", F.GetDayOfWeek, "timestamp_to_day_of_week_with_tz", F.GetDayOfWeek),
        Accessor("getDayOfYear", "The day of the year, 0 to 365, in UTC or the given time zone.",
            "timestamp_to_day_of_year", F.GetDayOfYear, "timestamp_to_day_of_year_with_tz", F.GetDayOfYear),
        Accessor("getHours", "A timestamp's hour (0 to 23, in UTC or the given time zone); a duration's length in whole hours.",
            "timestamp_to_hours", F.GetHours, "timestamp_to_hours_with_tz", F.GetHours,
            "duration_to_hours", F.GetHours),
        Accessor("getMinutes", "A timestamp's minute (0 to 59, in UTC or the given time zone); a duration's length in whole minutes.",
            "timestamp_to_minutes", F.GetMinutes, "timestamp_to_minutes_with_tz", F.GetMinutes,
            "duration_to_minutes", F.GetMinutes),
        // cel-go's id for the zoned getSeconds lacks the "with": timestamp_to_seconds_tz.
        Accessor("getSeconds", "A timestamp's second (0 to 59, in UTC or the given time zone); a duration's length in whole seconds.",
            "timestamp_to_seconds", F.GetSeconds, "timestamp_to_seconds_tz", F.GetSeconds,
            "duration_to_seconds", F.GetSeconds),
        Accessor("getMilliseconds", "The millisecond within the second (0 to 999) of a timestamp, or of a duration (with its sign).",
            "timestamp_to_milliseconds", F.GetMilliseconds, "timestamp_to_milliseconds_with_tz", F.GetMilliseconds,
            "duration_to_milliseconds", F.GetMilliseconds),

        new("_+_", "Adds a duration to a timestamp, or two durations; out of range is an error.",
            Overload.Global<CelTimestamp, CelDuration, CelValue>("add_timestamp_duration", Ts, Dur, Ts, F.Add),
            Overload.Global<CelDuration, CelTimestamp, CelValue>("add_duration_timestamp", Dur, Ts, Ts, F.Add),
            Overload.Global<CelDuration, CelDuration, CelValue>("add_duration_duration", Dur, Dur, Dur, F.Add)),
        new("_-_", "Subtracts timestamps (giving a duration), a duration from a timestamp, or durations; out of range is an error.",
            Overload.Global<CelTimestamp, CelTimestamp, CelValue>("subtract_timestamp_timestamp", Ts, Ts, Dur, F.Subtract),
            Overload.Global<CelTimestamp, CelDuration, CelValue>("subtract_timestamp_duration", Ts, Dur, Ts, F.Subtract),
            Overload.Global<CelDuration, CelDuration, CelValue>("subtract_duration_duration", Dur, Dur, Dur, F.Subtract)),
    ];

    /// <summary>A timestamp accessor, in UTC and with a time-zone argument, and optionally on durations.</summary>
    private static FunctionDecl Accessor(string name, string doc,
        string utcId, Func<CelTimestamp, long> utc,
        string zonedId, Func<CelTimestamp, string, CelValue> zoned,
        string? durationId = null, Func<CelDuration, long>? ofDuration = null)
    {
        var overloads = new List<Overload>
        {
            Overload.Member(utcId, Ts, Int, utc),
            Overload.Member(zonedId, Ts, Str, Int, zoned),
        };
        if (durationId is not null && ofDuration is not null)
            overloads.Add(Overload.Member(durationId, Dur, Int, ofDuration));
        return new FunctionDecl(name, doc, overloads);
    }
}
