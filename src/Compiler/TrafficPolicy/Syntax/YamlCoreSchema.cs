namespace Policy.Compiler.TrafficPolicy.Syntax;

/// <summary>
/// How the YAML 1.2 core schema resolves a plain (unquoted, untagged) scalar: null, booleans,
/// integers (decimal, <c>0o</c> octal, <c>0x</c> hexadecimal), floats (with <c>.inf</c> and
/// <c>.nan</c>), and everything else a string. Unlike YAML 1.1, <c>yes</c>, <c>on</c> and
/// <c>0777</c>-style octals are not special.
/// </summary>
internal static class YamlCoreSchema
{
    /// <summary>The kind of a plain scalar.</summary>
    public static ScalarKind Resolve(string value)
    {
        if (IsNull(value)) return ScalarKind.Null;
        if (IsBool(value)) return ScalarKind.Boolean;
        if (IsInt(value)) return ScalarKind.Integer;
        if (IsFloat(value)) return ScalarKind.Float;
        return ScalarKind.String;
    }

    /// <summary><c>null</c>, <c>Null</c>, <c>NULL</c>, <c>~</c> or empty.</summary>
    public static bool IsNull(string v) => v is "" or "~" or "null" or "Null" or "NULL";

    /// <summary><c>true</c>/<c>false</c> in lower, title or upper case.</summary>
    public static bool IsBool(string v) => v is "true" or "True" or "TRUE" or "false" or "False" or "FALSE";

    /// <summary><c>[-+]?[0-9]+</c>, <c>0o[0-7]+</c> or <c>0x[0-9a-fA-F]+</c>.</summary>
    public static bool IsInt(string v)
    {
        if (v.Length > 2 && v[0] == '0' && v[1] == 'o') return AllOf(v, 2, c => c is >= '0' and <= '7');
        if (v.Length > 2 && v[0] == '0' && v[1] == 'x') return AllOf(v, 2, c => YamlChars.HexValue(c) >= 0);
        var start = v.Length > 0 && v[0] is '-' or '+' ? 1 : 0;
        return v.Length > start && AllOf(v, start, char.IsAsciiDigit);
    }

    /// <summary>
    /// <c>[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?</c>, <c>[-+]?\.inf</c> or <c>\.nan</c>
    /// (the words in lower, title or upper case).
    /// </summary>
    public static bool IsFloat(string v)
    {
        var i = v.Length > 0 && v[0] is '-' or '+' ? 1 : 0;
        var rest = v[i..];
        if (rest is ".inf" or ".Inf" or ".INF") return true;
        if (i == 0 && rest is ".nan" or ".NaN" or ".NAN") return true;

        var intDigits = CountDigits(v, ref i);
        var fracDigits = 0;
        if (i < v.Length && v[i] == '.')
        {
            i++;
            fracDigits = CountDigits(v, ref i);
            if (intDigits == 0 && fracDigits == 0) return false;
        }
        else if (intDigits == 0)
        {
            return false;
        }
        if (i < v.Length && v[i] is 'e' or 'E')
        {
            i++;
            if (i < v.Length && v[i] is '-' or '+') i++;
            if (CountDigits(v, ref i) == 0) return false;
        }
        return i == v.Length;
    }

    private static int CountDigits(string v, ref int i)
    {
        var start = i;
        while (i < v.Length && char.IsAsciiDigit(v[i])) i++;
        return i - start;
    }

    private static bool AllOf(string v, int start, Func<char, bool> predicate)
    {
        for (var i = start; i < v.Length; i++)
            if (!predicate(v[i])) return false;
        return true;
    }
}
