using Policy.Runtime.Text;
using Policy.Runtime.Values;

namespace Policy.Runtime.Library.Standard;

/// <summary>The standard string, bytes and size functions.</summary>
public static class TextFunctions
{
    /// <summary><c>size(string)</c>: the number of code points.</summary>
    public static long StringSize(string s) => CodePoints.Count(s);

    /// <summary><c>size(bytes)</c>.</summary>
    public static long BytesSize(CelBytes b) => b.Length;

    /// <summary><c>size(list)</c>.</summary>
    public static long ListSize(CelList l) => l.Count;

    /// <summary><c>size(map)</c>.</summary>
    public static long MapSize(CelMap m) => m.Count;

    /// <summary><c>s.contains(t)</c>.</summary>
    public static bool Contains(string s, string t) => s.Contains(t, StringComparison.Ordinal);

    /// <summary><c>s.startsWith(t)</c>.</summary>
    public static bool StartsWith(string s, string t) => s.StartsWith(t, StringComparison.Ordinal);

    /// <summary><c>s.endsWith(t)</c>.</summary>
    public static bool EndsWith(string s, string t) => s.EndsWith(t, StringComparison.Ordinal);
}
