using Policy.Runtime.Time;
using Policy.Runtime.Values;
using static Policy.Runtime.Tests.Time.TimeAssert;

namespace Policy.Runtime.Tests.Time;

public class TimeArithmeticTests
{
    [Theory]
    [InlineData("1970-01-01T00:00:00.999999999Z", "1ns", "1970-01-01T00:00:01Z")]
    [InlineData("1970-01-01T00:00:01Z", "-1ns", "1970-01-01T00:00:00.999999999Z")]
    [InlineData("1969-12-31T23:59:59.5Z", "0.5s", "1970-01-01T00:00:00Z")]
    [InlineData("1970-01-01T00:00:00Z", "-0.25s", "1969-12-31T23:59:59.75Z")]
    [InlineData("2024-02-28T12:00:00Z", "24h", "2024-02-29T12:00:00Z")]
    [InlineData("2023-02-28T12:00:00Z", "24h", "2023-03-01T12:00:00Z")]
    [InlineData("2009-02-13T23:31:30.75Z", "1.5s", "2009-02-13T23:31:32.25Z")]
    public void Adding_a_duration_carries_nanoseconds_into_seconds(string start, string delta, string expected)
    {
        Timestamp(expected, TimeFunctions.Add(Ts(start), Dur(delta)));
        Timestamp(expected, TimeFunctions.Add(Dur(delta), Ts(start)));
    }

    [Theory]
    [InlineData("1970-01-01T00:00:01Z", "1ns", "1970-01-01T00:00:00.999999999Z")]
    [InlineData("1970-01-01T00:00:00Z", "-1.5s", "1970-01-01T00:00:01.5Z")]
    [InlineData("0001-01-01T00:00:01Z", "1s", "0001-01-01T00:00:00Z")]
    public void Subtracting_a_duration_moves_back_in_time(string start, string delta, string expected)
    {
        Timestamp(expected, TimeFunctions.Subtract(Ts(start), Dur(delta)));
    }

    [Fact]
    public void The_full_int64_duration_range_can_be_added_and_subtracted()
    {
        var epoch = Ts("1970-01-01T00:00:00Z");
        Timestamp("2262-04-11T23:47:16.854775807Z", TimeFunctions.Add(epoch, CelDuration.Of(long.MaxValue)));
        Timestamp("1677-09-21T00:12:43.145224192Z", TimeFunctions.Add(epoch, CelDuration.Of(long.MinValue)));
        // Negating long.MinValue would overflow a long; the result must still be exact.
        Timestamp("2262-04-11T23:47:16.854775808Z", TimeFunctions.Subtract(epoch, CelDuration.Of(long.MinValue)));
    }

    [Fact]
    public void Timestamp_differences_are_durations_within_int64_nanoseconds()
    {
        var epoch = Ts("1970-01-01T00:00:00Z");
        Duration(120_000_000_000, TimeFunctions.Subtract(Ts("2009-02-13T23:31:00Z"), Ts("2009-02-13T23:29:00Z")));
        Duration(-1, TimeFunctions.Subtract(Ts("1969-12-31T23:59:59.999999999Z"), epoch));
        Duration(long.MaxValue, TimeFunctions.Subtract(Ts("2262-04-11T23:47:16.854775807Z"), epoch));
        Duration(long.MinValue, TimeFunctions.Subtract(epoch, Ts("2262-04-11T23:47:16.854775808Z")));
        RangeError(TimeFunctions.Subtract(Ts("2262-04-11T23:47:16.854775808Z"), epoch));
        RangeError(TimeFunctions.Subtract(epoch, Ts("2262-04-11T23:47:16.854775809Z")));
    }

    [Fact]
    public void Durations_add_and_subtract_with_range_checks()
    {
        Duration(858_000_000_000, TimeFunctions.Subtract(Dur("900s"), Dur("42s")));
        Duration(-1, TimeFunctions.Add(CelDuration.Of(long.MinValue), CelDuration.Of(long.MaxValue)));
        Duration(long.MinValue, TimeFunctions.Subtract(CelDuration.Of(-1), CelDuration.Of(long.MaxValue)));
        RangeError(TimeFunctions.Add(CelDuration.Of(long.MaxValue), Dur("1ns")));
        RangeError(TimeFunctions.Add(CelDuration.Of(long.MinValue), Dur("-1ns")));
        RangeError(TimeFunctions.Subtract(CelDuration.Of(long.MinValue), Dur("1ns")));
        RangeError(TimeFunctions.Subtract(Dur("0s"), CelDuration.Of(long.MinValue)));
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00Z", "-1ns")]
    [InlineData("0001-01-01T00:00:00.5Z", "-0.500000001s")]
    [InlineData("9999-12-31T23:59:59.999999999Z", "1ns")]
    [InlineData("9999-12-31T23:59:59Z", "1s")]
    [InlineData("9800-01-01T00:00:00Z", "2562047h")]
    public void Leaving_years_1_to_9999_is_a_range_error(string start, string delta)
    {
        RangeError(TimeFunctions.Add(Ts(start), Dur(delta)));
        RangeError(TimeFunctions.Add(Dur(delta), Ts(start)));
    }

    [Fact]
    public void Subtraction_past_year_1_is_a_range_error()
    {
        RangeError(TimeFunctions.Subtract(Ts("0001-01-01T00:00:00Z"), Dur("1ns")));
        RangeError(TimeFunctions.Subtract(Ts("9999-12-31T23:59:59Z"), Dur("-1s")));
    }
}
