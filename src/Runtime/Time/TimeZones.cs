using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Policy.Runtime.Values;

namespace Policy.Runtime.Time;

/// <summary>
/// Resolves the time-zone argument of the timestamp accessors: an IANA name from the system's
/// time-zone database (<c>America/St_Johns</c>, links such as <c>US/Central</c>), <c>UTC</c>, or a
/// fixed offset written <c>[+|-]HH:MM</c> (<c>+11:00</c>, <c>-09:30</c>, <c>02:00</c>). As in
/// cel-go, text containing a colon is read as an offset and anything else as a name.
/// </summary>
public static class TimeZones
{
    private const int MaxNameLength = 64;
    private const int MaxOffsetHours = 23;

    // Only zones that exist are cached, so the cache is bounded by the database's size.
    private static readonly ConcurrentDictionary<string, TimeZoneInfo> s_found = new(StringComparer.Ordinal);

    /// <summary>
    /// The offset east of UTC, in seconds, that <paramref name="zone"/> applies at
    /// <paramref name="instant"/> (which selects standard or daylight time); or an error for an
    /// unknown zone or a malformed offset.
    /// </summary>
    public static bool TryGetOffset(string zone, CelTimestamp instant, out long offsetSeconds,
        [NotNullWhen(false)] out CelError? error)
    {
        offsetSeconds = 0;
        error = null;
        if (zone.Contains(':'))
        {
            if (TryParseFixedOffset(zone, out offsetSeconds)) return true;
            error = CelError.Of($"invalid time zone offset {TimeText.Quote(zone)}: expected [+|-]HH:MM");
            return false;
        }
        if (zone == "UTC") return true;
        if (!TryFind(zone, out var info))
        {
            error = CelError.Of($"unknown time zone {TimeText.Quote(zone)}");
            return false;
        }
        offsetSeconds = info.GetUtcOffset(instant.ToDateTime()).Ticks / TimeSpan.TicksPerSecond;
        return true;
    }

    /// <summary>Reads <c>[+|-]H[H]:MM</c> (hours up to 23, minutes up to 59) as seconds east of UTC.</summary>
    public static bool TryParseFixedOffset(string text, out long offsetSeconds)
    {
        offsetSeconds = 0;
        var s = text.AsSpan();
        var sign = 1;
        if (s.Length > 0 && s[0] is '+' or '-')
        {
            sign = s[0] == '-' ? -1 : 1;
            s = s[1..];
        }
        var colon = s.IndexOf(':');
        if (colon is < 1 or > 2 || s.Length - colon - 1 != 2) return false;
        var hours = 0;
        foreach (var c in s[..colon])
        {
            if (c is < '0' or > '9') return false;
            hours = hours * 10 + (c - '0');
        }
        if (s[colon + 1] is < '0' or > '5' || s[colon + 2] is < '0' or > '9') return false;
        var minutes = (s[colon + 1] - '0') * 10 + (s[colon + 2] - '0');
        if (hours > MaxOffsetHours) return false;
        offsetSeconds = sign * (hours * 3600L + minutes * 60L);
        return true;
    }

    /// <summary>Looks up an IANA zone by its exact (case-sensitive) name.</summary>
    public static bool TryFind(string name, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        if (s_found.TryGetValue(name, out zone)) return true;
        // .NET's own zone cache ignores case, so whether "america/chicago" is found would depend
        // on what was looked up before; insist on the exact name to stay deterministic.
        if (!IsPlausibleName(name) || !TimeZoneInfo.TryFindSystemTimeZoneById(name, out zone)
            || !zone.HasIanaId || !string.Equals(zone.Id, name, StringComparison.Ordinal))
        {
            zone = null;
            return false;
        }
        s_found.TryAdd(name, zone);
        return true;
    }

    /// <summary>
    /// Keeps lookups to names shaped like database entries, so that no path tricks or host
    /// specific files reach the file system: <c>localtime</c> (the machine's own zone) and
    /// <c>posixrules</c> are files in the database directory but not zones a policy may depend on.
    /// </summary>
    private static bool IsPlausibleName(string name)
    {
        if (name.Length is 0 or > MaxNameLength || name[0] == '/' || name[^1] == '/' || name.Contains("//"))
            return false;
        if (name is "localtime" or "posixrules" or "Local") return false;
        foreach (var c in name)
        {
            var ok = c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '-' or '+' or '/';
            if (!ok) return false;
        }
        return true;
    }
}
