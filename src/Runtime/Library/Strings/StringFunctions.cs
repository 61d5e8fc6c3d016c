using System.Globalization;
using System.Text;
using Policy.Runtime.Text;
using Policy.Runtime.Values;

namespace Policy.Runtime.Library.Strings;

/// <summary>
/// Implementations of the strings extension (<see cref="StringsLibrary"/>). Every index is a
/// code point index, so a character outside the Basic Multilingual Plane counts as one
/// position although .NET stores it as two UTF-16 units.
/// </summary>
public static partial class StringFunctions
{
    /// <summary>
    /// <c>s.charAt(i)</c>: the code point at <paramref name="index"/> as a string; the empty string
    /// when the index equals the length; an error when it is negative or past the length.
    /// </summary>
    public static CelValue CharAt(string s, long index)
    {
        var count = CodePoints.Count(s);
        if (index < 0 || index > count) return IndexOutOfRange(index);
        if (index == count) return CelString.Empty;
        var start = CodePoints.ToUtf16Index(s, (int)index);
        return CelString.Of(s.Substring(start, UnitsAt(s, start)));
    }

    /// <summary><c>s.substring(start)</c>: the code points from <paramref name="start"/> to the end.</summary>
    public static CelValue Substring(string s, long start)
    {
        var count = CodePoints.Count(s);
        if (start < 0 || start > count) return IndexOutOfRange(start);
        return CelString.Of(s[CodePoints.ToUtf16Index(s, (int)start)..]);
    }

    /// <summary>
    /// <c>s.substring(start, end)</c>: the code points from <paramref name="start"/> (inclusive) to
    /// <paramref name="end"/> (exclusive). An end before the start, or either index outside
    /// 0..size, is an error.
    /// </summary>
    public static CelValue Substring(string s, long start, long end)
    {
        if (start > end) return CelError.Of($"invalid substring range. start: {start}, end: {end}");
        var count = CodePoints.Count(s);
        if (start < 0 || start > count) return IndexOutOfRange(start);
        if (end < 0 || end > count) return IndexOutOfRange(end);
        var from = CodePoints.ToUtf16Index(s, (int)start);
        var to = CodePoints.ToUtf16Index(s, (int)end);
        return CelString.Of(s[from..to]);
    }

    /// <summary><c>s.lowerAscii()</c>: A–Z become a–z; every other character is kept.</summary>
    public static string LowerAscii(string s) => MapAscii(s, 'A', 'Z', 'a' - 'A');

    /// <summary><c>s.upperAscii()</c>: a–z become A–Z; every other character is kept.</summary>
    public static string UpperAscii(string s) => MapAscii(s, 'a', 'z', 'A' - 'a');

    /// <summary>
    /// <c>s.trim()</c>: removes leading and trailing white space as Unicode's White_Space property
    /// defines it (which excludes the zero-width spaces such as U+200B).
    /// </summary>
    public static string Trim(string s)
    {
        var start = 0;
        var end = s.Length;
        while (start < end && IsWhiteSpace(s[start])) start++;
        while (end > start && IsWhiteSpace(s[end - 1])) end--;
        return start == 0 && end == s.Length ? s : s[start..end];
    }

    /// <summary><c>s.reverse()</c>: the code points in reverse order (surrogate pairs stay intact).</summary>
    public static string Reverse(string s)
    {
        if (s.Length < 2) return s;
        var chars = new char[s.Length];
        var w = s.Length;
        for (var i = 0; i < s.Length;)
        {
            var n = UnitsAt(s, i);
            w -= n;
            s.CopyTo(i, chars, w, n);
            i += n;
        }
        return new string(chars);
    }

    /// <summary>
    /// <c>strings.quote(s)</c>: <paramref name="s"/> as a double-quoted CEL literal. The escapes
    /// <c>\a \b \f \n \r \t \v \\ \"</c> are written out; every other character is kept as it is,
    /// except that a lone surrogate (not a valid code point) becomes U+FFFD.
    /// </summary>
    public static string Quote(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('"');
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '\a': sb.Append("\\a"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\v': sb.Append("\\v"); break;
                case '\\': sb.Append("\\\\"); break;
                case '"': sb.Append("\\\""); break;
                default:
                    if (!char.IsSurrogate(c)) sb.Append(c);
                    else if (UnitsAt(s, i) == 2) sb.Append(c).Append(s[++i]);
                    else sb.Append('\uFFFD');
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    /// <summary>The error for an index outside the string, worded as cel-go words it.</summary>
    private static CelError IndexOutOfRange(long index) =>
        CelError.Of("index out of range: " + index.ToString(CultureInfo.InvariantCulture));

    /// <summary>2 when a surrogate pair starts at <paramref name="i"/>, else 1.</summary>
    private static int UnitsAt(string s, int i) =>
        char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;

    private static string MapAscii(string s, char from, char to, int delta)
    {
        if (s.AsSpan().IndexOfAnyInRange(from, to) < 0) return s;
        return string.Create(s.Length, (s, from, to, delta), static (span, state) =>
        {
            var (src, lo, hi, d) = state;
            for (var i = 0; i < span.Length; i++)
            {
                var c = src[i];
                span[i] = c >= lo && c <= hi ? (char)(c + d) : c;
            }
        });
    }

    /// <summary>
    /// Unicode White_Space: the ASCII controls TAB..CR, space, NEL, NBSP, OGHAM SPACE MARK,
    /// U+2000..U+200A, the line and paragraph separators, NNBSP, MMSP and the ideographic space.
    /// All of them are in the BMP, so testing UTF-16 units is exact.
    /// </summary>
    private static bool IsWhiteSpace(char c) => c switch
    {
        >= '\t' and <= '\r' => true,
        ' ' or '\u0085' or '\u00A0' or '\u1680' => true,
        >= '\u2000' and <= '\u200A' => true,
        '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' => true,
        _ => false,
    };
}
