using Policy.Runtime.Values;

namespace Policy.Runtime.Time;

/// <summary>
/// Reads the text that <c>duration(string)</c> takes, the syntax of Go's <c>time.ParseDuration</c>:
/// an optional sign, then one or more decimal numbers, each with an optional fraction and a unit
/// (<c>h</c>, <c>m</c>, <c>s</c>, <c>ms</c>, <c>us</c>, <c>µs</c>/<c>μs</c>, <c>ns</c>), as in
/// <c>1h30m</c>, <c>-1.5h</c> or <c>.5s</c>; a bare <c>0</c> is also allowed. The result must fit
/// in signed 64-bit nanoseconds, otherwise it is a range error.
/// </summary>
public static class DurationParser
{
    private const long Nanosecond = 1;
    private const long Microsecond = 1_000;
    private const long Millisecond = 1_000_000;
    private const long Second = 1_000_000_000;
    private const long Minute = 60 * Second;
    private const long Hour = 60 * Minute;

    // Digits past this many in a fraction are ignored, as Go does; they are below a nanosecond
    // for every unit, and the cap keeps the arithmetic in 128 bits.
    private const int MaxFractionDigits = 18;

    // 2^63: the magnitude of the most negative duration.
    private static readonly UInt128 Limit = (UInt128)long.MaxValue + 1;

    /// <summary>The duration <paramref name="text"/> denotes, or an error.</summary>
    public static CelValue Parse(string text)
    {
        var s = text.AsSpan();
        var negative = false;
        if (s.Length > 0 && s[0] is '-' or '+')
        {
            negative = s[0] == '-';
            s = s[1..];
        }
        if (s is ['0']) return CelDuration.Of(0);
        if (s.IsEmpty) return Invalid(text);

        UInt128 total = 0;
        while (!s.IsEmpty)
        {
            var whole = ReadWhole(ref s, out var wholeDigits);
            if (whole is null) return CelError.Range("duration");

            UInt128 fraction = 0, scale = 1;
            var fractionDigits = 0;
            if (!s.IsEmpty && s[0] == '.')
            {
                s = s[1..];
                while (!s.IsEmpty && IsDigit(s[0]))
                {
                    if (fractionDigits < MaxFractionDigits)
                    {
                        fraction = fraction * 10 + (uint)(s[0] - '0');
                        scale *= 10;
                    }
                    fractionDigits++;
                    s = s[1..];
                }
            }
            if (wholeDigits == 0 && fractionDigits == 0) return Invalid(text);

            var unitLength = 0;
            while (unitLength < s.Length && s[unitLength] != '.' && !IsDigit(s[unitLength])) unitLength++;
            if (unitLength == 0) return CelError.Of($"duration: missing unit in {TimeText.Quote(text)}");
            var unit = UnitNanos(s[..unitLength]);
            if (unit == 0)
                return CelError.Of($"duration: unknown unit {TimeText.Quote(s[..unitLength].ToString())} in {TimeText.Quote(text)}");
            s = s[unitLength..];

            // Fractions are truncated toward zero, to whole nanoseconds.
            total += whole.Value * (ulong)unit + fraction * (ulong)unit / scale;
            if (total > Limit) return CelError.Range("duration");
        }

        if (negative) return CelDuration.Of(total == Limit ? long.MinValue : -(long)total);
        return total == Limit ? CelError.Range("duration") : CelDuration.Of((long)total);
    }

    /// <summary>Reads leading digits; null when they exceed 2^63 (always out of range).</summary>
    private static UInt128? ReadWhole(ref ReadOnlySpan<char> s, out int digits)
    {
        UInt128 value = 0;
        digits = 0;
        while (digits < s.Length && IsDigit(s[digits]))
        {
            value = value * 10 + (uint)(s[digits] - '0');
            if (value > Limit) return null;
            digits++;
        }
        s = s[digits..];
        return value;
    }

    /// <summary>Nanoseconds per unit, or 0 for an unknown unit.</summary>
    private static long UnitNanos(ReadOnlySpan<char> unit) => unit switch
    {
        "ns" => Nanosecond,
        "us" or "\u00B5s" or "\u03BCs" => Microsecond, // micro sign and Greek small mu
        "ms" => Millisecond,
        "s" => Second,
        "m" => Minute,
        "h" => Hour,
        _ => 0,
    };

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static CelError Invalid(string text) => CelError.Of($"duration: invalid duration {TimeText.Quote(text)}");
}
