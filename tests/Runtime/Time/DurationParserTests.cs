using Policy.Runtime.Time;
using static Policy.Runtime.Tests.Time.TimeAssert;

namespace Policy.Runtime.Tests.Time;

public class DurationParserTests
{
    private const long Us = 1_000, Ms = 1_000_000, S = 1_000_000_000, M = 60 * S, H = 60 * M;

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("-0", 0L)]
    [InlineData("+0", 0L)]
    [InlineData("0s", 0L)]
    [InlineData("1000000s", 1_000_000 * S)]
    [InlineData("1h30m", 90 * M)]
    [InlineData("-1.5h", -90 * M)]
    [InlineData("+2h", 2 * H)]
    [InlineData("1h34us", H + 34 * Us)]
    [InlineData("3ns", 3L)]
    [InlineData("1.5ms", 1_500_000L)]
    [InlineData("2us", 2 * Us)]
    [InlineData("2\u00B5s", 2 * Us)] // micro sign
    [InlineData("2\u03BCs", 2 * Us)] // Greek small letter mu
    [InlineData("1m1s", 61 * S)]
    [InlineData("1s1m", 61 * S)]
    [InlineData("1h1h", 2 * H)]
    [InlineData("1h2m3s4ms5us6ns", H + 2 * M + 3 * S + 4 * Ms + 5 * Us + 6)]
    [InlineData("007s", 7 * S)]
    public void Go_duration_syntax_is_read_to_nanoseconds(string text, long nanos)
    {
        Assert.Equal(nanos, Dur(text).TotalNanoseconds);
    }

    [Theory]
    [InlineData(".5s", 500_000_000L)]
    [InlineData("1.s", 1_000_000_000L)]
    [InlineData("0.5m", 30_000_000_000L)]
    [InlineData("1.25h", 4_500_000_000_000L)]
    [InlineData("0.000000001s", 1L)]
    [InlineData("0.0000000019s", 1L)] // below a nanosecond is truncated
    [InlineData("0.9ns", 0L)]
    [InlineData("-0.9ns", 0L)]
    [InlineData("1.999999999999999999999s", 1_999_999_999L)]
    [InlineData("0.1us", 100L)]
    [InlineData("-1.5s", -1_500_000_000L)]
    [InlineData("1.5s.5s", 2_000_000_000L)]
    public void Fractions_of_any_unit_are_exact_to_the_nanosecond(string text, long nanos)
    {
        Assert.Equal(nanos, Dur(text).TotalNanoseconds);
    }

    [Fact]
    public void The_int64_nanosecond_bounds_are_reachable()
    {
        Assert.Equal(long.MaxValue, Dur("9223372036854775807ns").TotalNanoseconds);
        Assert.Equal(long.MinValue, Dur("-9223372036854775808ns").TotalNanoseconds);
        Assert.Equal(long.MaxValue, Dur("9223372036.854775807s").TotalNanoseconds);
        Assert.Equal(2_562_047 * H, Dur("2562047h").TotalNanoseconds);
    }

    [Theory]
    [InlineData("9223372036854775808ns")]
    [InlineData("-9223372036854775809ns")]
    [InlineData("9223372036.854775808s")]
    [InlineData("2562048h")]
    [InlineData("320000000000s")]
    [InlineData("200000000000s")]
    [InlineData("-200000000000s")]
    [InlineData("99999999999999999999999999999s")]
    [InlineData("2562047h2562047h")] // each part fits, the sum does not
    public void Durations_beyond_about_292_years_are_range_errors(string text)
    {
        RangeError(TimeFunctions.StringToDuration(text));
    }

    [Theory]
    [InlineData("", "invalid duration")]
    [InlineData("-", "invalid duration")]
    [InlineData("+", "invalid duration")]
    [InlineData("s", "invalid duration")]
    [InlineData(".s", "invalid duration")]
    [InlineData("-.s", "invalid duration")]
    [InlineData("1", "missing unit")]
    [InlineData("00", "missing unit")]
    [InlineData("1h1", "missing unit")]
    [InlineData("1.2.3s", "missing unit")]
    [InlineData("1d", "unknown unit \"d\"")]
    [InlineData("1S", "unknown unit")]
    [InlineData("1H", "unknown unit")]
    [InlineData("1 s", "unknown unit \" s\"")]
    [InlineData(" 1s", "invalid duration")]
    [InlineData("1s ", "unknown unit")]
    [InlineData("1e3s", "unknown unit \"e\"")]
    [InlineData("--1s", "invalid duration")]
    [InlineData("1h-1m", "unknown unit \"h-\"")]
    [InlineData("0x10s", "unknown unit \"x\"")]
    [InlineData("１s", "invalid duration")] // full-width digit
    public void Malformed_text_is_an_error_value(string text, string fragment)
    {
        var error = Error(TimeFunctions.StringToDuration(text), fragment);
        Assert.StartsWith("duration: ", error.Message, StringComparison.Ordinal);
    }
}
