using Policy.Runtime.Values;

namespace Policy.Runtime.Time;

/// <summary>
/// Reads the RFC 3339 text that <c>timestamp(string)</c> takes:
/// <c>YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)</c>, with one to nine fractional digits.
/// Validation is strict, as in cel-go: upper-case <c>T</c> and <c>Z</c> only, no leap second,
/// days checked against the month and leap years, offsets up to 23:59.
/// </summary>
public static class TimestampParser
{
    private const int MaxFractionDigits = 9;

    /// <summary>The instant <paramref name="text"/> denotes, or an error: a range error when it lies outside years 1–9999 (UTC).</summary>
    public static CelValue Parse(string text)
    {
        var s = text.AsSpan();
        var yearDigits = 0;
        while (yearDigits < s.Length && IsDigit(s[yearDigits])) yearDigits++;
        // A year of five digits or more has the right shape but can never be in range; say so
        // (the conformance suite expects a range error for '10000-01-01T00:00:00Z').
        var longYear = yearDigits > 4 && s[0] != '0';
        if (yearDigits != 4 && !longYear) return Invalid(text);

        var rest = s[yearDigits..];
        if (!TryReadDateTime(rest, out var month, out var day, out var hour, out var minute, out var second, out var used))
            return Invalid(text);
        rest = rest[used..];

        var nanos = 0;
        if (rest.Length > 0 && rest[0] == '.')
        {
            var digits = 0;
            while (1 + digits < rest.Length && IsDigit(rest[1 + digits])) digits++;
            if (digits is 0 or > MaxFractionDigits) return Invalid(text);
            for (var i = 0; i < MaxFractionDigits; i++)
                nanos = nanos * 10 + (i < digits ? rest[1 + i] - '0' : 0);
            rest = rest[(1 + digits)..];
        }

        if (!TryReadOffset(rest, out var offsetSeconds)) return Invalid(text);
        if (longYear) return CelError.Range("timestamp");

        var year = Number(s[..4]);
        if (day > CivilTime.DaysInMonth(year, month)) return Invalid(text);
        var seconds = CivilTime.DaysFromDate(year, month, day) * CivilTime.SecondsPerDay
            + hour * 3600L + minute * 60L + second - offsetSeconds;
        return CelTimestamp.Create(seconds, nanos);
    }

    /// <summary>Reads <c>-MM-DDTHH:MM:SS</c> (what follows the year).</summary>
    private static bool TryReadDateTime(ReadOnlySpan<char> s, out int month, out int day, out int hour,
        out int minute, out int second, out int used)
    {
        month = day = hour = minute = second = 0;
        used = "-MM-DDTHH:MM:SS".Length;
        if (s.Length < used) return false;
        if (s[0] != '-' || s[3] != '-' || s[6] != 'T' || s[9] != ':' || s[12] != ':') return false;
        return TryTwoDigits(s[1..], 1, 12, out month)
            && TryTwoDigits(s[4..], 1, 31, out day)
            && TryTwoDigits(s[7..], 0, 23, out hour)
            && TryTwoDigits(s[10..], 0, 59, out minute)
            && TryTwoDigits(s[13..], 0, 59, out second);
    }

    /// <summary>Reads the whole remaining text as <c>Z</c> or <c>±HH:MM</c>; seconds east of UTC.</summary>
    private static bool TryReadOffset(ReadOnlySpan<char> s, out long offsetSeconds)
    {
        offsetSeconds = 0;
        if (s is ['Z']) return true;
        if (s.Length != "+HH:MM".Length || s[0] is not ('+' or '-') || s[3] != ':') return false;
        if (!TryTwoDigits(s[1..], 0, 23, out var hours) || !TryTwoDigits(s[4..], 0, 59, out var minutes)) return false;
        offsetSeconds = (hours * 60L + minutes) * 60L * (s[0] == '-' ? -1 : 1);
        return true;
    }

    private static bool TryTwoDigits(ReadOnlySpan<char> s, int min, int max, out int value)
    {
        value = 0;
        if (!IsDigit(s[0]) || !IsDigit(s[1])) return false;
        value = (s[0] - '0') * 10 + (s[1] - '0');
        return value >= min && value <= max;
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        var n = 0;
        foreach (var c in digits) n = n * 10 + (c - '0');
        return n;
    }

    // ASCII only: char.IsDigit would accept other scripts' digits.
    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static CelError Invalid(string text) =>
        CelError.Of($"timestamp: cannot parse {TimeText.Quote(text)} as RFC 3339");
}
