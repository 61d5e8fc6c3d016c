using System.Globalization;
using System.Text;

namespace Policy.Compiler.Emit;

/// <summary>
/// Writes C# literals and type names. Every user string becomes a literal in which everything
/// outside printable ASCII, and the quote and backslash, is a \u escape, so no input can end the
/// literal, start a comment or a directive, or smuggle a line break into the generated code.
/// </summary>
public static class CSharp
{
    /// <summary>A string literal.</summary>
    public static string Literal(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('"');
        foreach (var c in s)
        {
            if (c is >= ' ' and <= '~' && c != '"' && c != '\\') sb.Append(c);
            else sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }
        return sb.Append('"').ToString();
    }

    /// <summary>A long literal.</summary>
    public static string Literal(long v) =>
        v == long.MinValue ? "long.MinValue" : v.ToString(CultureInfo.InvariantCulture) + "L";

    /// <summary>A ulong literal.</summary>
    public static string Literal(ulong v) => v.ToString(CultureInfo.InvariantCulture) + "UL";

    /// <summary>A double literal (exact round trip, with the special values spelled out).</summary>
    public static string Literal(double v)
    {
        if (double.IsNaN(v)) return "double.NaN";
        if (double.IsPositiveInfinity(v)) return "double.PositiveInfinity";
        if (double.IsNegativeInfinity(v)) return "double.NegativeInfinity";
        if (v == 0 && double.IsNegative(v)) return "-0.0d";
        return v.ToString("R", CultureInfo.InvariantCulture) + "d";
    }

    /// <summary>A bool literal.</summary>
    public static string Literal(bool v) => v ? "true" : "false";

    /// <summary>The fully qualified name of a type, usable anywhere in generated code.</summary>
    public static string TypeName(Type t)
    {
        if (t == typeof(long)) return "long";
        if (t == typeof(ulong)) return "ulong";
        if (t == typeof(double)) return "double";
        if (t == typeof(bool)) return "bool";
        if (t == typeof(string)) return "string";
        if (t == typeof(int)) return "int";
        if (t == typeof(object)) return "object";
        if (t.IsArray) return TypeName(t.GetElementType()!) + "[]";
        if (t.IsGenericType)
        {
            var name = t.GetGenericTypeDefinition().FullName!;
            name = name[..name.IndexOf('`')].Replace('+', '.');
            return $"global::{name}<{string.Join(", ", t.GetGenericArguments().Select(TypeName))}>";
        }
        return "global::" + t.FullName!.Replace('+', '.');
    }
}
