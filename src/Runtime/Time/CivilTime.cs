namespace Policy.Runtime.Time;

/// <summary>
/// A wall-clock reading in the proleptic Gregorian calendar: what a clock shows at some instant
/// once a time-zone offset has been applied. The year is not limited to 1–9999, because an
/// offset can move the first or last representable instant into year 0 or 10000.
/// </summary>
/// <param name="Year">The astronomical year (year 0 is 1 BC).</param>
/// <param name="Month">The month, 1 to 12.</param>
/// <param name="Day">The day of the month, 1 to 31.</param>
/// <param name="DayOfYear">The day of the year, 1 to 366.</param>
/// <param name="DayOfWeek">The day of the week, 0 (Sunday) to 6 (Saturday).</param>
/// <param name="Hour">The hour, 0 to 23.</param>
/// <param name="Minute">The minute, 0 to 59.</param>
/// <param name="Second">The second, 0 to 59.</param>
/// <param name="Nanosecond">The nanosecond within the second, 0 to 999,999,999.</param>
public readonly record struct CivilTime(
    long Year, int Month, int Day, int DayOfYear, int DayOfWeek,
    int Hour, int Minute, int Second, int Nanosecond)
{
    /// <summary>Seconds in a calendar day (CEL, like Unix time, has no leap seconds).</summary>
    public const long SecondsPerDay = 86_400;

    // Day 0 of the civil algorithms below is 0000-03-01; the Unix epoch is this many days later.
    private const long EpochShift = 719_468;
    private const long DaysPerEra = 146_097; // 400 Gregorian years

    /// <summary>The reading of a clock at <paramref name="seconds"/> since the Unix epoch (local seconds, offset applied).</summary>
    public static CivilTime FromUnixSeconds(long seconds, int nanosecond)
    {
        var days = FloorDiv(seconds, SecondsPerDay);
        var secondOfDay = (int)(seconds - days * SecondsPerDay);
        var (year, month, day) = DateFromDays(days);
        var dayOfYear = (int)(days - DaysFromDate(year, 1, 1)) + 1;
        // 1970-01-01 was a Thursday (4).
        var dayOfWeek = (int)FloorMod(days + 4, 7);
        return new CivilTime(year, month, day, dayOfYear, dayOfWeek,
            secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60, nanosecond);
    }

    /// <summary>Days from 1970-01-01 to the given date (negative before it).</summary>
    public static long DaysFromDate(long year, int month, int day)
    {
        // Count years from March, so that February's leap day is the last day of a "year".
        var y = month <= 2 ? year - 1 : year;
        var era = FloorDiv(y, 400);
        var yearOfEra = y - era * 400;
        var marchMonth = (month + 9) % 12;
        var dayOfMarchYear = (153 * marchMonth + 2) / 5 + day - 1;
        var dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfMarchYear;
        return era * DaysPerEra + dayOfEra - EpochShift;
    }

    /// <summary>The date <paramref name="days"/> after 1970-01-01.</summary>
    public static (long Year, int Month, int Day) DateFromDays(long days)
    {
        var shifted = days + EpochShift;
        var era = FloorDiv(shifted, DaysPerEra);
        var dayOfEra = shifted - era * DaysPerEra;
        var yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
        var dayOfMarchYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        var marchMonth = (5 * dayOfMarchYear + 2) / 153;
        var day = (int)(dayOfMarchYear - (153 * marchMonth + 2) / 5 + 1);
        var month = (int)(marchMonth < 10 ? marchMonth + 3 : marchMonth - 9);
        var year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        return (year, month, day);
    }

    /// <summary>True for Gregorian leap years.</summary>
    public static bool IsLeapYear(long year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

    /// <summary>The number of days in a month of a year.</summary>
    public static int DaysInMonth(long year, int month) => month switch
    {
        2 => IsLeapYear(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    private static long FloorDiv(long a, long b)
    {
        var q = a / b;
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
    }

    private static long FloorMod(long a, long b) => a - FloorDiv(a, b) * b;
}
