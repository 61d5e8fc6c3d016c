using System.Globalization;
using System.Text;

namespace Policy.Runtime.Library.Standard;

/// <summary>
/// Formats doubles the way CEL's reference implementation prints them with <c>string(double)</c>
/// (Go's <c>%g</c>): the shortest digits that round-trip, in plain notation when the decimal
/// exponent is between -4 and 5, otherwise in exponent notation with at least two exponent digits
/// (<c>1e+06</c>, <c>-4.5e-05</c>).
/// </summary>
public static class GoFloatFormat
{
    /// <summary>Formats <paramref name="d"/>.</summary>
    public static string Format(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsPositiveInfinity(d)) return "+Inf";
        if (double.IsNegativeInfinity(d)) return "-Inf";
        if (d == 0) return double.IsNegative(d) ? "-0" : "0";

        // "E16" would not be shortest; "R" is, but it chooses its own layout, so take its digits apart.
        var r = Math.Abs(d).ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = r.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..e];
        }
        var point = r.IndexOf('.');
        var intPart = point >= 0 ? r[..point] : r;
        var fracPart = point >= 0 ? r[(point + 1)..] : "";
        var digits = (intPart + fracPart).TrimStart('0');
        var leadingZeros = (intPart + fracPart).Length - digits.Length;
        // Decimal exponent of the first significant digit.
        var exp10 = intPart.Length - 1 - leadingZeros + exponent;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0) digits = "0";

        var sb = new StringBuilder();
        if (d < 0) sb.Append('-');
        if (exp10 < -4 || exp10 >= 6)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
            sb.Append('e').Append(exp10 < 0 ? '-' : '+');
            var abs = Math.Abs(exp10);
            if (abs < 10) sb.Append('0');
            sb.Append(abs.ToString(CultureInfo.InvariantCulture));
        }
        else if (exp10 < 0)
        {
            sb.Append("0.").Append('0', -exp10 - 1).Append(digits);
        }
        else if (digits.Length <= exp10 + 1)
        {
            sb.Append(digits).Append('0', exp10 + 1 - digits.Length);
        }
        else
        {
            sb.Append(digits, 0, exp10 + 1).Append('.').Append(digits, exp10 + 1, digits.Length - exp10 - 1);
        }
        return sb.ToString();
    }
}
