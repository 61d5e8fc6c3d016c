using System.Globalization;
using System.Text;
using Policy.Runtime.Text;
using Policy.Runtime.Values;

namespace Policy.Runtime.Library.Strings;

public static partial class StringFunctions
{
    // The clause implementations append to the output and return null, or return the error.
    // Messages follow cel-go's (and the conformance data's) wording.

    /// <summary><c>%s</c>: the value as text; strings inside lists and maps are not quoted, map entries are sorted by key text.</summary>
    private static CelError? AppendString(StringBuilder sb, CelValue v)
    {
        switch (v)
        {
            case CelBool b: sb.Append(b.Value ? "true" : "false"); return null;
            case CelInt i: sb.Append(i.Value.ToString(CultureInfo.InvariantCulture)); return null;
            case CelUint u: sb.Append(u.Value.ToString(CultureInfo.InvariantCulture)); return null;
            case CelDouble d: sb.Append(DoubleText.NonFinite(d.Value) ?? DoubleText.Shortest(d.Value)); return null;
            case CelString s: sb.Append(s.Value); return null;
            case CelBytes b: sb.Append(Encoding.UTF8.GetString(b.Span)); return null;
            case CelDuration du: sb.Append(DoubleText.Shortest(DurationSeconds(du))).Append('s'); return null;
            case CelTimestamp t: sb.Append(t.ToRfc3339()); return null;
            case CelNull: sb.Append("null"); return null;
            case CelTypeValue t: sb.Append(t.Name); return null;
            case CelList l: return AppendList(sb, l);
            case CelMap m: return AppendMap(sb, m);
            case CelError e: return e;
            default:
                return FormatError("string clause can only be used on strings, bools, bytes, ints, doubles, maps, lists, types, durations, and timestamps, was given " + v.Type.Name);
        }
    }

    private static CelError? AppendList(StringBuilder sb, CelList list)
    {
        sb.Append('[');
        for (var i = 0; i < list.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            if (AppendString(sb, list[i]) is { } error) return error;
        }
        sb.Append(']');
        return null;
    }

    private static CelError? AppendMap(StringBuilder sb, CelMap map)
    {
        var entries = new List<(string Key, string Value)>(map.Count);
        var part = new StringBuilder();
        foreach (var key in map.Keys)
        {
            map.TryGetValue(key, out var value);
            if (AppendString(part.Clear(), key) is { } keyError) return keyError;
            var keyText = part.ToString();
            if (AppendString(part.Clear(), value) is { } valueError) return valueError;
            entries.Add((keyText, part.ToString()));
        }

        // Sorted by code point, which is the byte order of the UTF-8 text cel-go sorts; the sort
        // is stable, so keys with equal text (1 and "1") keep their insertion order.
        sb.Append('{');
        var first = true;
        foreach (var (key, value) in entries.OrderBy(e => e.Key, Comparer<string>.Create(CodePoints.Compare)))
        {
            if (!first) sb.Append(", ");
            first = false;
            sb.Append(key).Append(": ").Append(value);
        }
        sb.Append('}');
        return null;
    }

    /// <summary><c>%d</c>: ints and uints in decimal; doubles as with <c>%s</c>.</summary>
    private static CelError? AppendDecimal(StringBuilder sb, CelValue v)
    {
        switch (v)
        {
            case CelInt or CelUint or CelDouble: return AppendString(sb, v);
            default: return FormatError("decimal clause can only be used on integers, was given " + v.Type.Name);
        }
    }

    /// <summary><c>%f</c>: fixed-point with the given precision; ints and uints are converted to double.</summary>
    private static CelError? AppendFixed(StringBuilder sb, CelValue v, int precision)
    {
        if (!TryGetDouble(v, out var d)) return FormatError("fixed-point clause can only be used on doubles, was given " + v.Type.Name);
        sb.Append(DoubleText.NonFinite(d) ?? DoubleText.Fixed(d, precision));
        return null;
    }

    /// <summary><c>%e</c>: scientific notation with the given precision; ints and uints are converted to double.</summary>
    private static CelError? AppendScientific(StringBuilder sb, CelValue v, int precision)
    {
        if (!TryGetDouble(v, out var d)) return FormatError("scientific clause can only be used on doubles, was given " + v.Type.Name);
        sb.Append(DoubleText.NonFinite(d) ?? DoubleText.Scientific(d, precision));
        return null;
    }

    /// <summary><c>%b</c>: ints and uints in base 2 (a negative int gets a minus sign); a bool as 1 or 0.</summary>
    private static CelError? AppendBinary(StringBuilder sb, CelValue v)
    {
        switch (v)
        {
            case CelBool b: sb.Append(b.Value ? '1' : '0'); return null;
            case CelInt i: AppendSigned(sb, i.Value, 2, false); return null;
            case CelUint u: AppendUnsigned(sb, u.Value, 2, false); return null;
            default: return FormatError("only integers and bools can be formatted as binary, was given " + v.Type.Name);
        }
    }

    /// <summary><c>%x</c>/<c>%X</c>: ints and uints in base 16; strings (as UTF-8) and bytes as two hex digits per byte.</summary>
    private static CelError? AppendHex(StringBuilder sb, CelValue v, bool upper)
    {
        switch (v)
        {
            case CelInt i: AppendSigned(sb, i.Value, 16, upper); return null;
            case CelUint u: AppendUnsigned(sb, u.Value, 16, upper); return null;
            case CelString s: AppendHexBytes(sb, Encoding.UTF8.GetBytes(s.Value), upper); return null;
            case CelBytes b: AppendHexBytes(sb, b.Span, upper); return null;
            default: return FormatError("only integers, byte buffers, and strings can be formatted as hex, was given " + v.Type.Name);
        }
    }

    /// <summary><c>%o</c>: ints and uints in base 8 (a negative int gets a minus sign).</summary>
    private static CelError? AppendOctal(StringBuilder sb, CelValue v)
    {
        switch (v)
        {
            case CelInt i: AppendSigned(sb, i.Value, 8, false); return null;
            case CelUint u: AppendUnsigned(sb, u.Value, 8, false); return null;
            default: return FormatError("octal clause can only be used on integers, was given " + v.Type.Name);
        }
    }

    private static CelError FormatError(string message) => CelError.Of("error during formatting: " + message);

    private static bool TryGetDouble(CelValue v, out double d)
    {
        switch (v)
        {
            case CelDouble x: d = x.Value; return true;
            case CelInt x: d = x.Value; return true;
            case CelUint x: d = x.Value; return true;
            default: d = 0; return false;
        }
    }

    /// <summary>
    /// A duration in seconds the way Go's <c>Duration.Seconds()</c> computes it: whole seconds plus
    /// the remaining nanoseconds / 1e9, so the printed text matches cel-go's.
    /// </summary>
    private static double DurationSeconds(CelDuration d)
    {
        var seconds = d.TotalNanoseconds / 1_000_000_000L;
        var nanos = d.TotalNanoseconds % 1_000_000_000L;
        return seconds + nanos / 1e9;
    }

    private static void AppendSigned(StringBuilder sb, long value, int radix, bool upper)
    {
        if (value < 0)
        {
            sb.Append('-');
            // Negating through ulong keeps long.MinValue exact.
            AppendUnsigned(sb, 0UL - (ulong)value, radix, upper);
        }
        else
        {
            AppendUnsigned(sb, (ulong)value, radix, upper);
        }
    }

    private static void AppendUnsigned(StringBuilder sb, ulong value, int radix, bool upper)
    {
        var digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        Span<char> buffer = stackalloc char[64];
        var w = buffer.Length;
        do
        {
            buffer[--w] = digits[(int)(value % (ulong)radix)];
            value /= (ulong)radix;
        }
        while (value != 0);
        sb.Append(buffer[w..]);
    }

    private static void AppendHexBytes(StringBuilder sb, ReadOnlySpan<byte> bytes, bool upper) =>
        sb.Append(upper ? Convert.ToHexString(bytes) : Convert.ToHexStringLower(bytes));
}
