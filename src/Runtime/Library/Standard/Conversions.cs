using System.Globalization;
using System.Text;
using Policy.Runtime.Values;

namespace Policy.Runtime.Library.Standard;

/// <summary>Type conversions: <c>int()</c>, <c>uint()</c>, <c>double()</c>, <c>string()</c>, <c>bytes()</c>, <c>bool()</c>, <c>type()</c>, <c>dyn()</c>.</summary>
public static class Conversions
{
    private const double TwoTo63 = 9223372036854775808.0;
    private const double TwoTo64 = 18446744073709551616.0;
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <summary>Identity for int.</summary>
    public static long IntToInt(long v) => v;

    /// <summary><c>int(uint)</c>.</summary>
    public static CelValue UintToInt(ulong v) => v > long.MaxValue ? CelError.Range("int") : CelInt.Of((long)v);

    /// <summary><c>int(double)</c>: truncates toward zero; values at or beyond either end of int64 are errors.</summary>
    public static CelValue DoubleToInt(double v) =>
        double.IsNaN(v) || v <= -TwoTo63 || v >= TwoTo63 ? CelError.Range("int") : CelInt.Of((long)v);

    /// <summary><c>int(string)</c>: a base-10 integer with an optional sign.</summary>
    public static CelValue StringToInt(string s) =>
        long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v)
            ? CelInt.Of(v)
            : CelError.Of($"cannot convert '{s}' to int");

    /// <summary>Identity for uint.</summary>
    public static ulong UintToUint(ulong v) => v;

    /// <summary><c>uint(int)</c>.</summary>
    public static CelValue IntToUint(long v) => v < 0 ? CelError.Range("uint") : CelUint.Of((ulong)v);

    /// <summary><c>uint(double)</c>: truncates toward zero.</summary>
    public static CelValue DoubleToUint(double v) =>
        double.IsNaN(v) || v <= -1.0 || v >= TwoTo64 ? CelError.Range("uint") : CelUint.Of((ulong)Math.Truncate(v));

    /// <summary><c>uint(string)</c>: base-10 digits.</summary>
    public static CelValue StringToUint(string s) =>
        ulong.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v)
            ? CelUint.Of(v)
            : CelError.Of($"cannot convert '{s}' to uint");

    /// <summary>Identity for double.</summary>
    public static double DoubleToDouble(double v) => v;

    /// <summary><c>double(int)</c>.</summary>
    public static double IntToDouble(long v) => v;

    /// <summary><c>double(uint)</c>.</summary>
    public static double UintToDouble(ulong v) => v;

    /// <summary><c>double(string)</c>: decimal or exponent notation, or inf, infinity, nan in any case.</summary>
    public static CelValue StringToDouble(string s)
    {
        var body = s.AsSpan();
        var negative = false;
        if (body.Length > 0 && body[0] is '+' or '-')
        {
            negative = body[0] == '-';
            body = body[1..];
        }
        if (body.Equals("inf", StringComparison.OrdinalIgnoreCase) || body.Equals("infinity", StringComparison.OrdinalIgnoreCase))
            return CelDouble.Of(negative ? double.NegativeInfinity : double.PositiveInfinity);
        if (body.Equals("nan", StringComparison.OrdinalIgnoreCase))
            return CelDouble.Of(double.NaN);
        const NumberStyles styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        return body.Length > 0 && char.IsAsciiDigit(body[0]) || body.Length > 1 && body[0] == '.'
            ? double.TryParse(s, styles, CultureInfo.InvariantCulture, out var v) ? CelDouble.Of(v) : CelError.Of($"cannot convert '{s}' to double")
            : CelError.Of($"cannot convert '{s}' to double");
    }

    /// <summary>Identity for string.</summary>
    public static string StringToString(string v) => v;

    /// <summary><c>string(int)</c>.</summary>
    public static string IntToString(long v) => v.ToString(CultureInfo.InvariantCulture);

    /// <summary><c>string(uint)</c> (no <c>u</c> suffix).</summary>
    public static string UintToString(ulong v) => v.ToString(CultureInfo.InvariantCulture);

    /// <summary><c>string(double)</c>, formatted as CEL's reference implementation does.</summary>
    public static string DoubleToString(double v) => GoFloatFormat.Format(v);

    /// <summary><c>string(bool)</c>.</summary>
    public static string BoolToString(bool v) => v ? "true" : "false";

    /// <summary><c>string(bytes)</c>: the bytes must be valid UTF-8.</summary>
    public static CelValue BytesToString(CelBytes v)
    {
        try
        {
            return CelString.Of(StrictUtf8.GetString(v.Span));
        }
        catch (DecoderFallbackException)
        {
            return CelError.Of("invalid UTF-8 in bytes, cannot convert to string");
        }
    }

    /// <summary>Identity for bytes.</summary>
    public static CelBytes BytesToBytes(CelBytes v) => v;

    /// <summary><c>bytes(string)</c>: the UTF-8 encoding.</summary>
    public static CelBytes StringToBytes(string v) => CelBytes.FromString(v);

    /// <summary>Identity for bool.</summary>
    public static bool BoolToBool(bool v) => v;

    /// <summary><c>bool(string)</c>: 1, t, T, TRUE, true, True / 0, f, F, FALSE, false, False.</summary>
    public static CelValue StringToBool(string s) => s switch
    {
        "1" or "t" or "T" or "TRUE" or "true" or "True" => CelBool.True,
        "0" or "f" or "F" or "FALSE" or "false" or "False" => CelBool.False,
        _ => CelError.Of($"cannot convert '{s}' to bool"),
    };

    /// <summary><c>dyn(x)</c>: the value itself; only the checker sees a difference.</summary>
    public static CelValue ToDyn(CelValue v) => v;

    /// <summary><c>type(x)</c>: the type of the value, as a value.</summary>
    public static CelValue TypeOf(CelValue v) => CelTypeValue.Of(v.Type);
}
