using Policy.Runtime.Time;
using Policy.Runtime.Values;
using static Policy.Runtime.Tests.Time.TimeAssert;

namespace Policy.Runtime.Tests.Time;

public class DurationAccessorTests
{
    [Theory]
    [InlineData("10000s", 2L, 166L, 10000L, 0L)]
    [InlineData("1.5s", 0L, 0L, 1L, 500L)]
    [InlineData("-1.5s", 0L, 0L, -1L, -500L)]
    [InlineData("-90m", -1L, -90L, -5400L, 0L)]
    [InlineData("1h59m59.999999999s", 1L, 119L, 7199L, 999L)]
    [InlineData("0.000999999s", 0L, 0L, 0L, 0L)]
    [InlineData("61.0015s", 0L, 1L, 61L, 1L)]
    public void Duration_accessors_convert_the_whole_duration_except_milliseconds(
        string text, long hours, long minutes, long seconds, long milliseconds)
    {
        var d = Dur(text);
        Assert.Equal(hours, TimeFunctions.GetHours(d));
        Assert.Equal(minutes, TimeFunctions.GetMinutes(d));
        Assert.Equal(seconds, TimeFunctions.GetSeconds(d));
        Assert.Equal(milliseconds, TimeFunctions.GetMilliseconds(d));
    }

    [Fact]
    public void Accessors_handle_the_extreme_durations()
    {
        var max = CelDuration.Of(long.MaxValue);
        Assert.Equal(2_562_047, TimeFunctions.GetHours(max));
        Assert.Equal(153_722_867, TimeFunctions.GetMinutes(max));
        Assert.Equal(9_223_372_036, TimeFunctions.GetSeconds(max));
        Assert.Equal(854, TimeFunctions.GetMilliseconds(max));

        var min = CelDuration.Of(long.MinValue);
        Assert.Equal(-2_562_047, TimeFunctions.GetHours(min));
        Assert.Equal(-9_223_372_036, TimeFunctions.GetSeconds(min));
        Assert.Equal(-854, TimeFunctions.GetMilliseconds(min));
    }
}
