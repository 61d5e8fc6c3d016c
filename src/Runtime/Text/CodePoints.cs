namespace Policy.Runtime.Text;

/// <summary>
/// CEL strings are sequences of Unicode code points, while .NET strings are UTF-16. These
/// helpers count, index and order by code point.
/// </summary>
public static class CodePoints
{
    /// <summary>The number of code points in <paramref name="s"/>.</summary>
    public static int Count(string s)
    {
        var n = s.Length;
        for (var i = 0; i < s.Length - 1; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
            {
                n--;
                i++;
            }
        }
        return n;
    }

    /// <summary>True when the string has no surrogate pairs, so code point and UTF-16 indices agree.</summary>
    public static bool IsBmpOnly(string s)
    {
        foreach (var c in s)
            if (char.IsSurrogate(c)) return false;
        return true;
    }

    /// <summary>
    /// The UTF-16 index of the code point at <paramref name="cpIndex"/>, or -1 when the index is
    /// past the end. An index equal to the count maps to the string's length.
    /// </summary>
    public static int ToUtf16Index(string s, int cpIndex)
    {
        if (cpIndex < 0) return -1;
        var i = 0;
        for (var cp = 0; cp < cpIndex; cp++)
        {
            if (i >= s.Length) return -1;
            i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
        }
        return i <= s.Length ? i : -1;
    }

    /// <summary>The code point index of the UTF-16 index <paramref name="utf16Index"/>.</summary>
    public static int ToCodePointIndex(string s, int utf16Index)
    {
        var cp = 0;
        for (var i = 0; i < utf16Index; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            cp++;
        }
        return cp;
    }

    /// <summary>Orders two strings by code point (UTF-16 ordinal order differs for surrogates).</summary>
    public static int Compare(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            var x = a[i];
            var y = b[i];
            if (x == y) continue;
            return Fix(x) - Fix(y);
        }
        return a.Length.CompareTo(b.Length);

        // Surrogates (U+D800..DFFF) encode code points above U+FFFF, so they must sort after
        // U+E000..U+FFFF; shift the ranges so that plain UTF-16 unit order gives that.
        static int Fix(char c) => c >= 0xD800 ? (c >= 0xE000 ? c - 0x800 : c + 0x2000) : c;
    }
}
