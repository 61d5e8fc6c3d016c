using Policy.Runtime.Time;
using Policy.Runtime.Types;
using Policy.Runtime.Values;
using static Policy.Runtime.Tests.Time.TimeAssert;

namespace Policy.Runtime.Tests.Time;

/// <summary>
/// The cases of the conformance file <c>timestamps.textproto</c> (and the time cases of
/// <c>conversions.textproto</c>, <c>comparisons.textproto</c> and <c>string_ext.textproto</c>),
/// written as direct calls until expressions can be parsed. Comments give the section and test.
/// </summary>
public class TimestampsConformanceTests
{
    // timestamp_conversions/toInt_timestamp; conversions/int/timestamp
    [Fact]
    public void Int_of_a_timestamp()
    {
        Assert.Equal(1234567890, TimeFunctions.TimestampToInt(Ts("2009-02-13T23:31:30Z")));
        Assert.Equal(1095379199, TimeFunctions.TimestampToInt(Ts("2004-09-16T23:59:59Z")));
    }

    // timestamp_conversions/toString_timestamp_nanos
    [Fact]
    public void String_of_the_last_timestamp_keeps_all_nine_digits()
    {
        Assert.Equal("9999-12-31T23:59:59.999999999Z", TimeFunctions.TimestampToString(Ts("9999-12-31T23:59:59.999999999Z")));
    }

    // timestamp_conversions/toType_timestamp, type_comparison; duration_conversions/type_comparison
    [Fact]
    public void Types_are_the_protobuf_well_known_types()
    {
        Assert.Equal(CelType.Timestamp, Ts("2009-02-13T23:31:30Z").Type);
        Assert.Equal("google.protobuf.Timestamp", Ts("2009-02-13T23:31:30Z").Type.Name);
        Assert.Equal(CelType.Duration, Dur("1000000s").Type);
    }

    // duration_conversions/toString_duration
    [Fact]
    public void String_of_a_duration()
    {
        Assert.Equal("1000000s", TimeFunctions.DurationToString(Dur("1000000s")));
    }

    // timestamp_selectors/*
    [Fact]
    public void Selectors_without_time_zones()
    {
        Assert.Equal(13, TimeFunctions.GetDate(Ts("2009-02-13T23:31:30Z")));
        Assert.Equal(2009, TimeFunctions.GetFullYear(Ts("2009-02-13T23:31:30Z")));
        Assert.Equal(123, TimeFunctions.GetMilliseconds(Ts("2009-02-13T23:31:20.123456789Z")));
        Assert.Equal(1, TimeFunctions.GetMonth(Ts("2009-02-13T23:31:30Z")));
    }

    // timestamp_selectors_tz/*
    [Fact]
    public void Selectors_with_time_zones()
    {
        var t = Ts("2009-02-13T23:31:30Z");
        Int(12, TimeFunctions.GetDayOfMonth(t, "US/Central")); // getDayOfMonth_name_pos
        Int(13, TimeFunctions.GetDayOfMonth(t, "+11:00")); // getDayOfMonth_numerical_pos
        Int(11, TimeFunctions.GetDayOfMonth(Ts("2009-02-13T02:00:00Z"), "America/St_Johns")); // getDayOfMonth_name_neg
        Int(5, TimeFunctions.GetDayOfWeek(t, "UTC")); // getDayOfWeek
        Int(2009, TimeFunctions.GetFullYear(t, "-09:30")); // getFullYear
        Int(1, TimeFunctions.GetHours(t, "02:00")); // getHours
        Int(16, TimeFunctions.GetMinutes(t, "Asia/Kathmandu")); // getMinutes
        Int(1, TimeFunctions.GetMonth(t, "UTC")); // getMonth
    }

    // timestamp_equality/*; duration_equality/*; conversions/timestamp/timestamp
    [Fact]
    public void Equality_of_parsed_values()
    {
        Assert.True(Ts("2009-02-13T23:31:30Z").CelEquals(Ts("2009-02-13T23:31:30Z")));
        Assert.False(Ts("2009-02-13T23:31:29Z").CelEquals(Ts("2009-02-13T23:31:30Z")));
        Assert.True(Dur("123s").CelEquals(Dur("123s")));
        Assert.False(Dur("60s").CelEquals(Dur("3600s")));
        var fromInt = Assert.IsType<CelTimestamp>(TimeFunctions.IntToTimestamp(1000000000));
        Assert.True(TimeFunctions.TimestampToTimestamp(fromInt).CelEquals(TimeFunctions.IntToTimestamp(1000000000)));
    }

    // comparisons/.../not_eq_dyn_duration_null
    [Fact]
    public void A_duration_is_not_equal_to_null()
    {
        Assert.False(Dur("0s").CelEquals(CelNull.Instance));
    }

    // timestamp_arithmetic/*
    [Fact]
    public void Arithmetic_on_timestamps_and_durations()
    {
        Assert.True(TimeFunctions.Add(Dur("120s"), Ts("2009-02-13T23:01:00Z")).CelEquals(Ts("2009-02-13T23:03:00Z")));
        Assert.True(TimeFunctions.Add(Ts("0001-01-01T00:00:01.000000001Z"), Dur("-999999999ns"))
            .CelEquals(Ts("0001-01-01T00:00:00.000000002Z")));
        Assert.True(TimeFunctions.Add(Ts("0001-01-01T00:00:01.999999999Z"), Dur("999999999ns"))
            .CelEquals(Ts("0001-01-01T00:00:02.999999998Z")));
        Assert.True(TimeFunctions.Subtract(Ts("2009-02-13T23:10:00Z"), Dur("600s")).CelEquals(Ts("2009-02-13T23:00:00Z")));
        Assert.True(TimeFunctions.Subtract(Ts("2009-02-13T23:31:00Z"), Ts("2009-02-13T23:29:00Z")).CelEquals(Dur("120s")));
        Assert.True(TimeFunctions.Subtract(Dur("900s"), Dur("42s")).CelEquals(Dur("858s")));
    }

    // comparisons/* (ordering itself is generic; this checks the parsed values order correctly)
    [Fact]
    public void Comparisons_of_parsed_values()
    {
        Assert.True(Ts("2009-02-13T23:00:00Z").CompareTo(Ts("2009-02-13T22:59:59Z")) > 0); // leq_timestamp_false
        Assert.Equal(0, Dur("200s").CompareTo(Dur("200s"))); // leq_duration_true, geq_duration_true
        Assert.True(Dur("300s").CompareTo(Dur("200s")) > 0); // leq_duration_false
        Assert.True(Dur("200s").CompareTo(Dur("300s")) < 0); // less_duration_true
        Assert.True(Dur("120s").CompareTo(Dur("200s")) < 0); // geq_duration_false
    }

    // duration_converters/get_hours
    [Fact]
    public void Duration_get_hours()
    {
        Assert.Equal(2, TimeFunctions.GetHours(Dur("10000s")));
    }

    // timestamp_range/*
    [Fact]
    public void Timestamp_range_errors()
    {
        RangeError(TimeFunctions.IntToTimestamp(-62135596801)); // from_int_under
        RangeError(TimeFunctions.StringToTimestamp("10000-01-01T00:00:00Z")); // from_string_over
        RangeError(TimeFunctions.IntToTimestamp(253402300800)); // from_int_over
        RangeError(TimeFunctions.Add(Ts("0001-01-01T00:00:00Z"), Dur("-1s"))); // add_duration_under
        RangeError(TimeFunctions.Add(Ts("9999-12-31T23:59:59Z"), Dur("1s"))); // add_duration_over
        RangeError(TimeFunctions.Add(Ts("0001-01-01T00:00:00Z"), Dur("-1ns"))); // add_duration_nanos_under
        RangeError(TimeFunctions.Subtract(Ts("9999-12-31T23:59:59Z"), Ts("0001-01-01T00:00:00Z"))); // sub_time_duration_over
    }

    // duration_range/*: 200000000000s is itself beyond int64 nanoseconds, so the error
    // comes from duration() and the operator would only propagate it.
    [Fact]
    public void Duration_range_errors()
    {
        RangeError(TimeFunctions.StringToDuration("320000000000s")); // from_string_over
        RangeError(TimeFunctions.StringToDuration("-200000000000s")); // add_under, sub_under
        RangeError(TimeFunctions.StringToDuration("200000000000s")); // add_over, sub_under
        // The operators' own checks, with operands that fit.
        RangeError(TimeFunctions.Add(Dur("-5000000000s"), Dur("-5000000000s")));
        RangeError(TimeFunctions.Add(Dur("5000000000s"), Dur("5000000000s")));
        RangeError(TimeFunctions.Subtract(Dur("-5000000000s"), Dur("5000000000s")));
    }

    // string_ext: the text that "%s".format([...]) shows for time values
    [Fact]
    public void String_forms_used_by_format()
    {
        Assert.Equal("2023-02-03T23:31:20Z", TimeFunctions.TimestampToString(Ts("2023-02-03T23:31:20+00:00")));
        Assert.Equal("7200s", TimeFunctions.DurationToString(Dur("2h")));
        Assert.Equal("8747s", TimeFunctions.DurationToString(Dur("8747s")));
    }
}
