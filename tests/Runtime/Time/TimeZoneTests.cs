using Policy.Runtime.Time;
using static Policy.Runtime.Tests.Time.TimeAssert;

namespace Policy.Runtime.Tests.Time;

public class TimeZoneTests
{
    [Theory]
    [InlineData("UTC", 23, 31)]
    [InlineData("Etc/UTC", 23, 31)]
    [InlineData("-00:00", 23, 31)]
    [InlineData("+00:00", 23, 31)]
    [InlineData("+11:00", 10, 31)]
    [InlineData("-02:30", 21, 1)]
    [InlineData("-09:30", 14, 1)]
    [InlineData("02:00", 1, 31)]
    [InlineData("2:00", 1, 31)]
    [InlineData("+5:45", 5, 16)]
    [InlineData("+23:59", 23, 30)]
    [InlineData("US/Central", 17, 31)]
    [InlineData("America/Chicago", 17, 31)]
    [InlineData("America/St_Johns", 20, 1)]
    [InlineData("Asia/Kathmandu", 5, 16)]
    [InlineData("Australia/Sydney", 10, 31)]
    [InlineData("Asia/Kolkata", 5, 1)]
    public void Zones_shift_the_clock_by_their_offset(string zone, long hours, long minutes)
    {
        var t = Ts("2009-02-13T23:31:30Z");
        Int(hours, TimeFunctions.GetHours(t, zone));
        Int(minutes, TimeFunctions.GetMinutes(t, zone));
        Int(30, TimeFunctions.GetSeconds(t, zone));
    }

    [Theory]
    [InlineData("America/St_Johns", "2009-01-15T12:00:00Z", 8, 30)] // NST, -03:30
    [InlineData("America/St_Johns", "2009-07-15T12:00:00Z", 9, 30)] // NDT, -02:30
    [InlineData("US/Central", "2009-07-13T23:31:30Z", 18, 31)] // CDT, -05:00
    [InlineData("Australia/Sydney", "2024-01-15T00:00:00Z", 11, 0)] // AEDT, +11:00
    [InlineData("Australia/Sydney", "2024-07-15T00:00:00Z", 10, 0)] // AEST, +10:00
    [InlineData("Europe/London", "2024-07-01T12:00:00Z", 13, 0)] // BST
    [InlineData("Asia/Kathmandu", "1985-06-01T00:00:00Z", 5, 30)] // before the 1986 change to +05:45
    public void Daylight_saving_time_follows_the_zone_rules_for_the_instant(string zone, string instant, long hours, long minutes)
    {
        var t = Ts(instant);
        Int(hours, TimeFunctions.GetHours(t, zone));
        Int(minutes, TimeFunctions.GetMinutes(t, zone));
    }

    [Fact]
    public void The_sydney_clock_repeats_an_hour_when_daylight_saving_ends()
    {
        // 2024-04-07 03:00 AEDT became 02:00 AEST, at 2024-04-06T16:00:00Z.
        var before = Ts("2024-04-06T15:59:59Z");
        var after = Ts("2024-04-06T16:00:00Z");
        Int(2, TimeFunctions.GetHours(before, "Australia/Sydney"));
        Int(59, TimeFunctions.GetMinutes(before, "Australia/Sydney"));
        Int(2, TimeFunctions.GetHours(after, "Australia/Sydney"));
        Int(0, TimeFunctions.GetMinutes(after, "Australia/Sydney"));
        Int(7, TimeFunctions.GetDate(after, "Australia/Sydney"));
        Int(0, TimeFunctions.GetDayOfWeek(after, "Australia/Sydney")); // Sunday
    }

    [Fact]
    public void A_zone_can_move_the_date_into_the_previous_year()
    {
        var t = Ts("2009-01-01T02:00:00Z");
        const string zone = "America/St_Johns"; // 2008-12-31 22:30 local
        Int(2008, TimeFunctions.GetFullYear(t, zone));
        Int(11, TimeFunctions.GetMonth(t, zone));
        Int(31, TimeFunctions.GetDate(t, zone));
        Int(30, TimeFunctions.GetDayOfMonth(t, zone));
        Int(365, TimeFunctions.GetDayOfYear(t, zone)); // 2008 is a leap year
        Int(3, TimeFunctions.GetDayOfWeek(t, zone)); // Wednesday
        Int(22, TimeFunctions.GetHours(t, zone));
    }

    [Fact]
    public void Zones_can_read_year_0_and_year_10000_at_the_ends_of_the_range()
    {
        var first = Ts("0001-01-01T00:00:00Z");
        Int(0, TimeFunctions.GetFullYear(first, "-09:30"));
        Int(11, TimeFunctions.GetMonth(first, "-09:30"));
        Int(31, TimeFunctions.GetDate(first, "-09:30"));
        Int(365, TimeFunctions.GetDayOfYear(first, "-09:30")); // year 0 is a leap year
        Int(0, TimeFunctions.GetDayOfWeek(first, "-09:30")); // the Sunday before a Monday

        var last = Ts("9999-12-31T23:59:59.999Z");
        Int(10000, TimeFunctions.GetFullYear(last, "+01:00"));
        Int(0, TimeFunctions.GetMonth(last, "+01:00"));
        Int(1, TimeFunctions.GetDate(last, "+01:00"));
        Int(6, TimeFunctions.GetDayOfWeek(last, "+01:00")); // the Saturday after a Friday
        Int(999, TimeFunctions.GetMilliseconds(last, "+01:00"));
        Int(10000, TimeFunctions.GetFullYear(last, "Australia/Sydney"));
        Int(0, TimeFunctions.GetFullYear(first, "America/St_Johns"));
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("america/chicago")] // names are case-sensitive
    [InlineData("")]
    [InlineData("Local")]
    [InlineData("localtime")]
    [InlineData("posixrules")]
    [InlineData("../../etc/passwd")]
    [InlineData("/usr/share/zoneinfo/UTC")]
    [InlineData("America//Chicago")]
    [InlineData("America/")]
    [InlineData("Eastern Standard Time")]
    [InlineData("+0200")]
    [InlineData("UTC ")]
    public void Unknown_zone_names_are_errors(string zone)
    {
        var t = Ts("2009-02-13T23:31:30Z");
        Error(TimeFunctions.GetHours(t, zone), "unknown time zone");
        Error(TimeFunctions.GetFullYear(t, zone), "unknown time zone");
    }

    [Fact]
    public void Zone_names_stay_case_sensitive_after_the_exact_name_was_used()
    {
        var t = Ts("2009-02-13T23:31:30Z");
        Int(17, TimeFunctions.GetHours(t, "America/Chicago"));
        Error(TimeFunctions.GetHours(t, "america/chicago"), "unknown time zone");
        Error(TimeFunctions.GetHours(t, "AMERICA/CHICAGO"), "unknown time zone");
    }

    [Theory]
    [InlineData("+24:00")]
    [InlineData("+02:60")]
    [InlineData("+02:5")]
    [InlineData("02:000")]
    [InlineData(":30")]
    [InlineData("+:30")]
    [InlineData("+-02:00")]
    [InlineData("a2:00")]
    [InlineData("+123:00")]
    [InlineData("+02:00:00")]
    [InlineData("US/Central:00")]
    public void Malformed_offsets_are_errors(string zone)
    {
        var t = Ts("2009-02-13T23:31:30Z");
        Error(TimeFunctions.GetMinutes(t, zone), "invalid time zone offset");
        Error(TimeFunctions.GetMilliseconds(t, zone), "invalid time zone offset");
    }

    [Fact]
    public void Fixed_offsets_parse_to_seconds_east_of_utc()
    {
        Assert.True(TimeZones.TryParseFixedOffset("-02:30", out var west));
        Assert.Equal(-9000, west);
        Assert.True(TimeZones.TryParseFixedOffset("-00:30", out var halfHourWest));
        Assert.Equal(-1800, halfHourWest);
        Assert.True(TimeZones.TryParseFixedOffset("11:00", out var east));
        Assert.Equal(39600, east);
    }

    [Fact]
    public void Links_resolve_to_the_same_rules_as_their_target()
    {
        Assert.True(TimeZones.TryFind("US/Central", out var link));
        Assert.True(TimeZones.TryFind("America/Chicago", out var target));
        var summer = new DateTime(2024, 7, 1, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal(target.GetUtcOffset(summer), link.GetUtcOffset(summer));
    }
}
