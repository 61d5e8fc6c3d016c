using Policy.Runtime.Time;
using Policy.Runtime.Values;
using static Policy.Runtime.Tests.Time.TimeAssert;

namespace Policy.Runtime.Tests.Time;

public class TimeConversionTests
{
    [Theory]
    [InlineData("2009-02-13T23:31:30Z", "2009-02-13T23:31:30Z")]
    [InlineData("2009-02-13T23:31:30.500Z", "2009-02-13T23:31:30.5Z")]
    [InlineData("2009-02-13T23:31:30.120000Z", "2009-02-13T23:31:30.12Z")]
    [InlineData("2009-02-13T23:31:30.000000001Z", "2009-02-13T23:31:30.000000001Z")]
    [InlineData("2009-02-13T23:31:30.123456789Z", "2009-02-13T23:31:30.123456789Z")]
    [InlineData("2009-02-14T01:31:30+02:00", "2009-02-13T23:31:30Z")]
    [InlineData("2023-02-03T23:31:20+00:00", "2023-02-03T23:31:20Z")]
    [InlineData("1969-12-31T23:59:59.5Z", "1969-12-31T23:59:59.5Z")]
    [InlineData("0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z")]
    [InlineData("9999-12-31T23:59:59.999999999Z", "9999-12-31T23:59:59.999999999Z")]
    public void String_of_a_timestamp_is_utc_rfc3339_with_trailing_zeros_trimmed(string text, string expected)
    {
        Assert.Equal(expected, TimeFunctions.TimestampToString(Ts(text)));
    }

    [Theory]
    [InlineData("1000000s", "1000000s")]
    [InlineData("1.5s", "1.5s")]
    [InlineData("-1.5s", "-1.5s")]
    [InlineData("0", "0s")]
    [InlineData("-0.5s", "-0.5s")]
    [InlineData("1ns", "0.000000001s")]
    [InlineData("-1ns", "-0.000000001s")]
    [InlineData("2h", "7200s")]
    [InlineData("1h30m", "5400s")]
    [InlineData("8747s", "8747s")]
    [InlineData("1.10s", "1.1s")]
    [InlineData("9223372036854775807ns", "9223372036.854775807s")]
    [InlineData("-9223372036854775808ns", "-9223372036.854775808s")]
    public void String_of_a_duration_is_exact_seconds_with_an_s_suffix(string text, string expected)
    {
        Assert.Equal(expected, TimeFunctions.DurationToString(Dur(text)));
    }

    [Theory]
    [InlineData("2009-02-13T23:31:30Z", 1234567890L)]
    [InlineData("2004-09-16T23:59:59Z", 1095379199L)]
    [InlineData("1970-01-01T00:00:00.999Z", 0L)]
    [InlineData("1969-12-31T23:59:59.5Z", -1L)] // rounded toward the past, like Unix time
    [InlineData("0001-01-01T00:00:00Z", -62135596800L)]
    [InlineData("9999-12-31T23:59:59.999999999Z", 253402300799L)]
    public void Int_of_a_timestamp_is_its_unix_seconds(string text, long expected)
    {
        Assert.Equal(expected, TimeFunctions.TimestampToInt(Ts(text)));
    }

    [Theory]
    [InlineData(0L, "1970-01-01T00:00:00Z")]
    [InlineData(1234567890L, "2009-02-13T23:31:30Z")]
    [InlineData(-1L, "1969-12-31T23:59:59Z")]
    [InlineData(-62135596800L, "0001-01-01T00:00:00Z")]
    [InlineData(253402300799L, "9999-12-31T23:59:59Z")]
    public void Timestamp_of_an_int_reads_unix_seconds(long seconds, string expected)
    {
        Timestamp(expected, TimeFunctions.IntToTimestamp(seconds));
    }

    [Theory]
    [InlineData(-62135596801L)]
    [InlineData(253402300800L)]
    [InlineData(long.MinValue)]
    [InlineData(long.MaxValue)]
    public void Timestamp_of_an_int_outside_years_1_to_9999_is_a_range_error(long seconds)
    {
        RangeError(TimeFunctions.IntToTimestamp(seconds));
    }

    [Fact]
    public void Identity_conversions_return_their_argument()
    {
        var t = Ts("2009-02-13T23:31:30Z");
        var d = Dur("1.5s");
        Assert.Same(t, TimeFunctions.TimestampToTimestamp(t));
        Assert.Same(d, TimeFunctions.DurationToDuration(d));
    }

    [Fact]
    public void Text_round_trips_through_string_for_canonical_forms()
    {
        foreach (var text in new[] { "2024-02-29T12:34:56.789Z", "1999-12-31T23:59:59.000001Z", "2000-01-01T00:00:00Z" })
            Assert.Equal(text, TimeFunctions.TimestampToString(Ts(text)));
        foreach (var text in new[] { "0.25s", "-3600s", "0.000001s" })
            Assert.Equal(text, TimeFunctions.DurationToString(Dur(text)));
    }

    [Fact]
    public void Timestamps_and_durations_have_the_protobuf_type_names()
    {
        Assert.Equal("google.protobuf.Timestamp", Ts("2009-02-13T23:31:30Z").Type.Name);
        Assert.Equal("google.protobuf.Duration", Dur("1s").Type.Name);
        Assert.IsType<CelTimestamp>(TimeFunctions.IntToTimestamp(1));
    }
}
