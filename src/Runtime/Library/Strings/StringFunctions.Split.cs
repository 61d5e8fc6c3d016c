using System.Text;
using Policy.Runtime.Text;
using Policy.Runtime.Values;

namespace Policy.Runtime.Library.Strings;

public static partial class StringFunctions
{
    /// <summary><c>s.replace(old, new)</c>: replaces every occurrence of <paramref name="old"/>.</summary>
    public static string Replace(string s, string old, string replacement) => Replace(s, old, replacement, -1);

    /// <summary>
    /// <c>s.replace(old, new, n)</c>: replaces the first <paramref name="limit"/> occurrences, left to
    /// right; all of them when the limit is negative, none when it is 0. An empty
    /// <paramref name="old"/> matches before every code point and at the end.
    /// </summary>
    public static string Replace(string s, string old, string replacement, long limit)
    {
        if (limit == 0 || old == replacement) return s;
        var sb = new StringBuilder(s.Length);
        var pos = 0;
        if (old.Length == 0)
        {
            var matches = CodePoints.Count(s) + 1L;
            var n = limit < 0 || limit > matches ? matches : limit;
            for (var k = 0L; k < n; k++)
            {
                if (k > 0)
                {
                    var units = UnitsAt(s, pos);
                    sb.Append(s, pos, units);
                    pos += units;
                }
                sb.Append(replacement);
            }
        }
        else
        {
            for (var count = 0L; limit < 0 || count < limit; count++)
            {
                var at = s.IndexOf(old, pos, StringComparison.Ordinal);
                if (at < 0) break;
                sb.Append(s, pos, at - pos).Append(replacement);
                pos = at + old.Length;
            }
            if (pos == 0) return s;
        }
        return sb.Append(s, pos, s.Length - pos).ToString();
    }

    /// <summary>The overload <c>string_replace_string_string_int</c> (four arguments, so it takes them as an array).</summary>
    public static CelValue ReplaceLimited(CelValue[] args) =>
        CelString.Of(Replace(((CelString)args[0]).Value, ((CelString)args[1]).Value, ((CelString)args[2]).Value, ((CelInt)args[3]).Value));

    /// <summary><c>s.split(sep)</c>: the pieces between the occurrences of <paramref name="separator"/>.</summary>
    public static CelList Split(string s, string separator) => Split(s, separator, -1);

    /// <summary>
    /// <c>s.split(sep, n)</c>: at most <paramref name="limit"/> pieces, the last holding the rest of
    /// the string; all pieces when the limit is negative; an empty list when it is 0. An empty
    /// separator splits into code points (so <c>''.split('')</c> is <c>[]</c>).
    /// </summary>
    public static CelList Split(string s, string separator, long limit)
    {
        if (limit == 0) return CelList.Empty;
        var parts = new List<CelValue>();
        var pos = 0;
        if (separator.Length == 0)
        {
            var count = CodePoints.Count(s);
            if (count == 0) return CelList.Empty;
            var n = limit < 0 || limit > count ? count : (int)limit;
            for (var k = 0; k < n - 1; k++)
            {
                var units = UnitsAt(s, pos);
                parts.Add(CelString.Of(s.Substring(pos, units)));
                pos += units;
            }
        }
        else
        {
            while (limit < 0 || parts.Count < limit - 1)
            {
                var at = s.IndexOf(separator, pos, StringComparison.Ordinal);
                if (at < 0) break;
                parts.Add(CelString.Of(s[pos..at]));
                pos = at + separator.Length;
            }
        }
        parts.Add(CelString.Of(s[pos..]));
        return CelList.Wrap([.. parts]);
    }

    /// <summary>
    /// <c>size(s.split(sep))</c> without building the list: the number of parts
    /// <see cref="Split(string, string)"/> would return.
    /// </summary>
    public static long SplitCount(string s, string separator)
    {
        if (separator.Length == 0) return CodePoints.Count(s);
        long count = 1;
        for (var at = s.IndexOf(separator, StringComparison.Ordinal); at >= 0; at = s.IndexOf(separator, at + separator.Length, StringComparison.Ordinal))
            count++;
        return count;
    }

    /// <summary><c>list.join()</c>: the strings of the list concatenated.</summary>
    public static CelValue Join(CelList list) => Join(list, string.Empty);

    /// <summary>
    /// <c>list.join(sep)</c>: the strings of the list with <paramref name="separator"/> between them.
    /// An element that is not a string is an error.
    /// </summary>
    public static CelValue Join(CelList list, string separator)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not CelString item) return CelError.Of($"join: invalid input: {list[i]}");
            if (i > 0) sb.Append(separator);
            sb.Append(item.Value);
        }
        return CelString.Of(sb.ToString());
    }
}
