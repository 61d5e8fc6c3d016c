using Policy.Runtime.Time;

namespace Policy.Runtime.Tests.Time;

public class CivilTimeTests
{
    [Theory]
    [InlineData(2024, true)]
    [InlineData(2023, false)]
    [InlineData(2000, true)]
    [InlineData(1900, false)]
    [InlineData(0, true)]
    [InlineData(-4, true)]
    [InlineData(-100, false)]
    public void Gregorian_leap_years(long year, bool leap)
    {
        Assert.Equal(leap, CivilTime.IsLeapYear(year));
    }

    [Fact]
    public void Day_numbers_round_trip_across_eras_and_negative_years()
    {
        // From year -1000 to 12000, in steps that visit every day of the month over time.
        for (var days = -1_100_000L; days <= 3_700_000L; days += 37)
        {
            var (y, m, d) = CivilTime.DateFromDays(days);
            Assert.InRange(m, 1, 12);
            Assert.InRange(d, 1, CivilTime.DaysInMonth(y, m));
            Assert.Equal(days, CivilTime.DaysFromDate(y, m, d));
        }
    }

    [Fact]
    public void Day_numbers_match_dotnet_dates()
    {
        Assert.Equal(0, CivilTime.DaysFromDate(1970, 1, 1));
        Assert.Equal(-719_162, CivilTime.DaysFromDate(1, 1, 1));
        Assert.Equal(2_932_896, CivilTime.DaysFromDate(9999, 12, 31));
        for (var dt = DateTime.MinValue; dt.Year < 9999; dt = dt.AddDays(997))
        {
            var days = (long)(dt - DateTime.UnixEpoch).TotalDays;
            Assert.Equal(((long)dt.Year, dt.Month, dt.Day), CivilTime.DateFromDays(days));
        }
    }

    [Fact]
    public void Clock_fields_come_from_the_second_of_the_day_even_before_the_epoch()
    {
        var c = CivilTime.FromUnixSeconds(-1, 5);
        Assert.Equal(new CivilTime(1969, 12, 31, 365, 3, 23, 59, 59, 5), c);
    }
}
