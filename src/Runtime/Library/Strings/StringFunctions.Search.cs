using Policy.Runtime.Text;
using Policy.Runtime.Values;

namespace Policy.Runtime.Library.Strings;

public static partial class StringFunctions
{
    /// <summary>
    /// <c>s.indexOf(sub)</c>: the code point index of the first occurrence of
    /// <paramref name="sub"/>, 0 for the empty string, or -1 when there is none.
    /// </summary>
    public static long IndexOf(string s, string sub) => sub.Length == 0 ? 0 : FindFirst(s, sub, 0);

    /// <summary>
    /// <c>s.indexOf(sub, from)</c>: the first occurrence that starts at or after code point
    /// <paramref name="from"/>; <paramref name="from"/> itself for the empty string. A start
    /// outside 0..size is an error.
    /// </summary>
    public static CelValue IndexOf(string s, string sub, long from)
    {
        if (from < 0 || from > CodePoints.Count(s)) return IndexOutOfRange(from);
        if (sub.Length == 0) return CelInt.Of(from);
        return CelInt.Of(FindFirst(s, sub, CodePoints.ToUtf16Index(s, (int)from)));
    }

    /// <summary>
    /// <c>s.lastIndexOf(sub)</c>: the code point index of the last occurrence of
    /// <paramref name="sub"/>, the size of <paramref name="s"/> for the empty string, or -1.
    /// </summary>
    public static long LastIndexOf(string s, string sub) =>
        sub.Length == 0 ? CodePoints.Count(s) : FindLast(s, sub, s.Length);

    /// <summary>
    /// <c>s.lastIndexOf(sub, last)</c>: the last occurrence that starts at or before code point
    /// <paramref name="last"/>; <paramref name="last"/> itself for the empty string. A position
    /// outside 0..size is an error.
    /// </summary>
    public static CelValue LastIndexOf(string s, string sub, long last)
    {
        if (last < 0 || last > CodePoints.Count(s)) return IndexOutOfRange(last);
        if (sub.Length == 0) return CelInt.Of(last);
        return CelInt.Of(FindLast(s, sub, CodePoints.ToUtf16Index(s, (int)last)));
    }

    /// <summary>The code point index of the first match starting at UTF-16 index <paramref name="from"/> or later.</summary>
    private static long FindFirst(string s, string sub, int from)
    {
        while (from <= s.Length)
        {
            var at = s.IndexOf(sub, from, StringComparison.Ordinal);
            if (at < 0) return -1;
            if (OnBoundaries(s, at, sub.Length)) return CodePoints.ToCodePointIndex(s, at);
            from = at + 1;
        }
        return -1;
    }

    /// <summary>The code point index of the last match starting at UTF-16 index <paramref name="maxStart"/> or earlier.</summary>
    private static long FindLast(string s, string sub, int maxStart)
    {
        var limit = (int)Math.Min(s.Length, (long)maxStart + sub.Length);
        while (limit >= sub.Length)
        {
            var at = s.AsSpan(0, limit).LastIndexOf(sub.AsSpan(), StringComparison.Ordinal);
            if (at < 0) return -1;
            if (OnBoundaries(s, at, sub.Length)) return CodePoints.ToCodePointIndex(s, at);
            limit = at + sub.Length - 1;
        }
        return -1;
    }

    /// <summary>
    /// True when a UTF-16 match neither starts nor ends inside a surrogate pair (possible only
    /// when the needle itself begins or ends with a lone surrogate).
    /// </summary>
    private static bool OnBoundaries(string s, int at, int length) =>
        !InsidePair(s, at) && !InsidePair(s, at + length);

    private static bool InsidePair(string s, int i) =>
        i > 0 && i < s.Length && char.IsLowSurrogate(s[i]) && char.IsHighSurrogate(s[i - 1]);
}
