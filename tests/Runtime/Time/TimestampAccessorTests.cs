using Policy.Runtime.Time;
using static Policy.Runtime.Tests.Time.TimeAssert;

namespace Policy.Runtime.Tests.Time;

public class TimestampAccessorTests
{
    [Fact]
    public void Accessors_read_the_utc_clock()
    {
        // A Friday, the 44th day of 2009.
        var t = Ts("2009-02-13T23:31:30.123456789Z");
        Assert.Equal(2009, TimeFunctions.GetFullYear(t));
        Assert.Equal(1, TimeFunctions.GetMonth(t));
        Assert.Equal(13, TimeFunctions.GetDate(t));
        Assert.Equal(12, TimeFunctions.GetDayOfMonth(t));
        Assert.Equal(5, TimeFunctions.GetDayOfWeek(t));
        Assert.Equal(43, TimeFunctions.GetDayOfYear(t));
        Assert.Equal(23, TimeFunctions.GetHours(t));
        Assert.Equal(31, TimeFunctions.GetMinutes(t));
        Assert.Equal(30, TimeFunctions.GetSeconds(t));
        Assert.Equal(123, TimeFunctions.GetMilliseconds(t));
    }

    [Theory]
    [InlineData("2024-02-29T00:00:00Z", 1, 29, 59)]
    [InlineData("2024-03-01T00:00:00Z", 2, 1, 60)]
    [InlineData("2023-03-01T00:00:00Z", 2, 1, 59)]
    [InlineData("2024-12-31T00:00:00Z", 11, 31, 365)]
    [InlineData("2023-12-31T00:00:00Z", 11, 31, 364)]
    [InlineData("2000-12-31T00:00:00Z", 11, 31, 365)]
    [InlineData("1900-12-31T00:00:00Z", 11, 31, 364)]
    public void Leap_years_shift_the_day_of_year(string text, long month, long date, long dayOfYear)
    {
        var t = Ts(text);
        Assert.Equal(month, TimeFunctions.GetMonth(t));
        Assert.Equal(date, TimeFunctions.GetDate(t));
        Assert.Equal(dayOfYear, TimeFunctions.GetDayOfYear(t));
    }

    [Fact]
    public void The_first_instant_is_monday_january_1_of_year_1()
    {
        var t = Ts("0001-01-01T00:00:00Z");
        Assert.Equal(1, TimeFunctions.GetFullYear(t));
        Assert.Equal(0, TimeFunctions.GetMonth(t));
        Assert.Equal(1, TimeFunctions.GetDate(t));
        Assert.Equal(1, TimeFunctions.GetDayOfWeek(t));
        Assert.Equal(0, TimeFunctions.GetDayOfYear(t));
        Assert.Equal(0, TimeFunctions.GetHours(t));
    }

    [Fact]
    public void The_last_instant_is_friday_december_31_of_year_9999()
    {
        var t = Ts("9999-12-31T23:59:59.999999999Z");
        Assert.Equal(9999, TimeFunctions.GetFullYear(t));
        Assert.Equal(11, TimeFunctions.GetMonth(t));
        Assert.Equal(31, TimeFunctions.GetDate(t));
        Assert.Equal(30, TimeFunctions.GetDayOfMonth(t));
        Assert.Equal(5, TimeFunctions.GetDayOfWeek(t));
        Assert.Equal(364, TimeFunctions.GetDayOfYear(t));
        Assert.Equal(23, TimeFunctions.GetHours(t));
        Assert.Equal(59, TimeFunctions.GetMinutes(t));
        Assert.Equal(59, TimeFunctions.GetSeconds(t));
        Assert.Equal(999, TimeFunctions.GetMilliseconds(t));
    }

    [Fact]
    public void Instants_before_the_epoch_read_the_previous_day()
    {
        var t = Ts("1969-12-31T23:59:59.999Z");
        Assert.Equal(1969, TimeFunctions.GetFullYear(t));
        Assert.Equal(31, TimeFunctions.GetDate(t));
        Assert.Equal(3, TimeFunctions.GetDayOfWeek(t)); // Wednesday
        Assert.Equal(59, TimeFunctions.GetSeconds(t));
        Assert.Equal(999, TimeFunctions.GetMilliseconds(t));
    }

    [Fact]
    public void Utc_accessors_agree_with_dotnet_over_the_whole_range()
    {
        // A stride that is not a multiple of a day, to visit every time of day and weekday.
        const long stride = 98_765_431;
        for (var s = -62135596800L; s <= 253402300799L; s += stride)
        {
            var t = Assert.IsType<Policy.Runtime.Values.CelTimestamp>(TimeFunctions.IntToTimestamp(s));
            var dt = DateTime.UnixEpoch.AddSeconds(s);
            Assert.Equal(dt.Year, TimeFunctions.GetFullYear(t));
            Assert.Equal(dt.Month - 1, TimeFunctions.GetMonth(t));
            Assert.Equal(dt.Day, TimeFunctions.GetDate(t));
            Assert.Equal((int)dt.DayOfWeek, TimeFunctions.GetDayOfWeek(t));
            Assert.Equal(dt.DayOfYear - 1, TimeFunctions.GetDayOfYear(t));
            Assert.Equal(dt.Hour, TimeFunctions.GetHours(t));
            Assert.Equal(dt.Minute, TimeFunctions.GetMinutes(t));
            Assert.Equal(dt.Second, TimeFunctions.GetSeconds(t));
        }
    }
}
