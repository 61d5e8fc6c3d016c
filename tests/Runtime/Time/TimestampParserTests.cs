using Policy.Runtime.Time;
using Policy.Runtime.Values;
using static Policy.Runtime.Tests.Time.TimeAssert;

namespace Policy.Runtime.Tests.Time;

public class TimestampParserTests
{
    [Theory]
    [InlineData("1970-01-01T00:00:00Z", 0L, 0)]
    [InlineData("2009-02-13T23:31:30Z", 1234567890L, 0)]
    [InlineData("2009-02-13T23:31:30.5Z", 1234567890L, 500_000_000)]
    [InlineData("2009-02-13T23:31:30.12Z", 1234567890L, 120_000_000)]
    [InlineData("2009-02-13T23:31:30.000000001Z", 1234567890L, 1)]
    [InlineData("2009-02-13T23:31:30.123456789Z", 1234567890L, 123_456_789)]
    [InlineData("1969-12-31T23:59:59.5Z", -1L, 500_000_000)]
    [InlineData("0001-01-01T00:00:00Z", CelTimestamp.MinSeconds, 0)]
    [InlineData("9999-12-31T23:59:59.999999999Z", CelTimestamp.MaxSeconds, 999_999_999)]
    public void Utc_text_gives_seconds_and_nanos(string text, long seconds, int nanos)
    {
        var t = Ts(text);
        Assert.Equal(seconds, t.Seconds);
        Assert.Equal(nanos, t.Nanos);
    }

    [Theory]
    [InlineData("2009-02-14T01:31:30+02:00")]
    [InlineData("2009-02-13T20:01:30-03:30")]
    [InlineData("2009-02-13T23:31:30+00:00")]
    [InlineData("2009-02-13T23:31:30-00:00")]
    [InlineData("2009-02-14T23:30:30+23:59")]
    public void Offsets_are_subtracted_to_give_the_same_instant(string text)
    {
        Assert.Equal(1234567890L, Ts(text).Seconds);
    }

    [Theory]
    [InlineData("2024-02-29T00:00:00Z")]
    [InlineData("2000-02-29T12:00:00Z")]
    [InlineData("0004-02-29T00:00:00Z")]
    [InlineData("2023-04-30T23:59:59Z")]
    [InlineData("2023-12-31T23:59:59Z")]
    public void Valid_calendar_dates_are_accepted(string text)
    {
        Assert.Equal(text, Ts(text).ToRfc3339());
    }

    [Theory]
    [InlineData("2023-02-29T00:00:00Z")] // not a leap year
    [InlineData("1900-02-29T00:00:00Z")] // century, not a leap year
    [InlineData("2024-02-30T00:00:00Z")]
    [InlineData("2024-04-31T00:00:00Z")]
    [InlineData("2024-13-01T00:00:00Z")]
    [InlineData("2024-00-10T00:00:00Z")]
    [InlineData("2024-01-00T00:00:00Z")]
    [InlineData("2024-01-32T00:00:00Z")]
    [InlineData("2024-01-01T24:00:00Z")]
    [InlineData("2024-01-01T23:60:00Z")]
    [InlineData("2016-12-31T23:59:60Z")] // leap seconds do not exist in CEL
    public void Impossible_dates_and_times_are_rejected(string text)
    {
        Error(TimeFunctions.StringToTimestamp(text), "RFC 3339");
    }

    [Theory]
    [InlineData("")]
    [InlineData("2009-02-13")]
    [InlineData("2009-02-13T23:31:30")] // no zone
    [InlineData("2009-02-13t23:31:30Z")]
    [InlineData("2009-02-13T23:31:30z")]
    [InlineData("2009-02-13 23:31:30Z")]
    [InlineData(" 2009-02-13T23:31:30Z")]
    [InlineData("2009-02-13T23:31:30Z ")]
    [InlineData("2009-02-13T23:31:30ZZ")]
    [InlineData("2009-2-13T23:31:30Z")]
    [InlineData("209-02-13T23:31:30Z")]
    [InlineData("-2009-02-13T23:31:30Z")]
    [InlineData("+2009-02-13T23:31:30Z")]
    [InlineData("09999-12-31T23:59:59Z")]
    [InlineData("2009-02-13T23:31Z")]
    [InlineData("2009-02-13T23:31:30.Z")]
    [InlineData("2009-02-13T23:31:30,5Z")]
    [InlineData("2009-02-13T23:31:30.1234567891Z")] // ten fractional digits
    [InlineData("2009-02-13T23:31:30+0200")]
    [InlineData("2009-02-13T23:31:30+02")]
    [InlineData("2009-02-13T23:31:30+24:00")]
    [InlineData("2009-02-13T23:31:30+02:60")]
    [InlineData("2009-02-13T23:31:30 +02:00")]
    [InlineData("2009-02-13T23:31:30UTC")]
    [InlineData("２００９-02-13T23:31:30Z")] // full-width digits
    [InlineData("2009-02-13T23:31:3aZ")]
    public void Malformed_text_is_an_error_value(string text)
    {
        var error = Error(TimeFunctions.StringToTimestamp(text), "timestamp: cannot parse");
        Assert.DoesNotContain("range", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10000-01-01T00:00:00Z")]
    [InlineData("10000-01-01T00:00:00+23:59")] // a five-digit year is never in range
    [InlineData("123456-01-01T00:00:00Z")]
    [InlineData("0000-12-31T23:59:59Z")]
    [InlineData("0000-01-01T00:00:00Z")]
    [InlineData("0001-01-01T00:00:00+00:01")] // 0000-12-31T23:59Z in UTC
    [InlineData("9999-12-31T23:59:59-00:01")] // 10000-01-01T00:00:59Z in UTC
    public void Instants_outside_years_1_to_9999_utc_are_range_errors(string text)
    {
        RangeError(TimeFunctions.StringToTimestamp(text));
    }

    [Fact]
    public void An_offset_can_bring_year_0_or_9999_text_into_range()
    {
        Assert.Equal(CelTimestamp.MinSeconds, Ts("0000-12-31T23:00:00-01:00").Seconds);
        Assert.Equal("9999-12-31T22:59:59.999999999Z", Ts("9999-12-31T23:59:59.999999999+01:00").ToRfc3339());
    }

    [Fact]
    public void Error_messages_quote_the_text_and_shorten_long_input()
    {
        Error(TimeFunctions.StringToTimestamp("yesterday"), "\"yesterday\"");
        var error = Error(TimeFunctions.StringToTimestamp(new string('9', 10_000)), "…");
        Assert.True(error.Message.Length < 200);
    }
}
