using System.Globalization;

namespace Policy.Proxy.Configuration;

/// <summary>
/// Durations as the config file writes them: a sequence of decimal numbers each with a unit,
/// like Go's <c>time.ParseDuration</c> (<c>3s</c>, <c>250ms</c>, <c>5m</c>, <c>1h30m</c>, <c>1.5s</c>).
/// A bare number is refused: a timeout without a unit is a classic misreading.
/// </summary>
public static class DurationText
{
    private static readonly (string Unit, double Ticks)[] Units =
    [
        ("ns", 0.01), ("us", TimeSpan.TicksPerMicrosecond), ("µs", TimeSpan.TicksPerMicrosecond),
        ("ms", TimeSpan.TicksPerMillisecond), ("s", TimeSpan.TicksPerSecond), ("m", TimeSpan.TicksPerMinute), ("h", TimeSpan.TicksPerHour),
    ];

    /// <summary>Parses a duration; returns null and a reason when the text is not one.</summary>
    public static TimeSpan? Parse(string text, out string? error)
    {
        error = null;
        var s = text.Trim();
        if (s.Length == 0)
        {
            error = "a duration is required, e.g. 3s or 5m";
            return null;
        }
        double ticks = 0;
        var i = 0;
        while (i < s.Length)
        {
            var start = i;
            while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.')) i++;
            if (start == i || !double.TryParse(s.AsSpan(start, i - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                error = $"'{text}' is not a duration; write a number and a unit, e.g. 3s, 250ms, 5m or 1h";
                return null;
            }
            var unitStart = i;
            while (i < s.Length && !char.IsAsciiDigit(s[i]) && s[i] != '.') i++;
            var unit = s[unitStart..i];
            var factor = Array.Find(Units, u => u.Unit == unit).Ticks;
            if (factor == 0)
            {
                error = unit.Length == 0
                    ? $"'{text}' has no unit; write e.g. {text}s (units: ms, s, m, h)"
                    : $"'{text}' has an unknown unit '{unit}' (units: ns, us, ms, s, m, h)";
                return null;
            }
            ticks += number * factor;
        }
        if (ticks > TimeSpan.MaxValue.Ticks / 2)
        {
            error = $"'{text}' is too long a duration";
            return null;
        }
        return TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>A short form for messages: <c>3s</c>, <c>250ms</c>, <c>5m</c>.</summary>
    public static string Format(TimeSpan value) =>
        value.TotalMilliseconds < 1000 ? $"{value.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)}ms"
        : value.TotalSeconds < 60 || value.TotalSeconds % 60 != 0 ? $"{value.TotalSeconds.ToString(CultureInfo.InvariantCulture)}s"
        : value.TotalMinutes < 60 || value.TotalMinutes % 60 != 0 ? $"{value.TotalMinutes.ToString(CultureInfo.InvariantCulture)}m"
        : $"{value.TotalHours.ToString(CultureInfo.InvariantCulture)}h";
}
