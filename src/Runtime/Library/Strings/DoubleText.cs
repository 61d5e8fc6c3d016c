using System.Globalization;
using System.Numerics;
using System.Text;

namespace Policy.Runtime.Library.Strings;

/// <summary>
/// Decimal renderings of doubles for <c>format</c>: the shortest digits that round-trip, written
/// without an exponent, and fixed or scientific notation rounded half-to-even from the exact
/// binary value (.NET's <c>F</c>/<c>E</c> formats round halves away from zero, so
/// <c>"%.0f".format([2.5])</c> would give 3 instead of 2).
/// </summary>
internal static class DoubleText
{
    /// <summary>The largest precision accepted in <c>%.Nf</c> and <c>%.Ne</c>; bounds the work per clause.</summary>
    public const int MaxPrecision = 500;

    /// <summary><c>NaN</c>, <c>Infinity</c> or <c>-Infinity</c>, or null for a finite value.</summary>
    public static string? NonFinite(double v) =>
        double.IsNaN(v) ? "NaN" : double.IsPositiveInfinity(v) ? "Infinity" : double.IsNegativeInfinity(v) ? "-Infinity" : null;

    /// <summary>The shortest round-trip digits of a finite value in plain decimal notation (1e21 → 1 and 21 zeros).</summary>
    public static string Shortest(double v)
    {
        var r = v.ToString("R", CultureInfo.InvariantCulture);
        var negative = r[0] == '-';
        if (negative) r = r[1..];

        var exponent = 0;
        var e = r.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..e];
        }

        var dot = r.IndexOf('.');
        var digits = dot >= 0 ? string.Concat(r.AsSpan(0, dot), r.AsSpan(dot + 1)) : r;
        var point = (dot >= 0 ? dot : r.Length) + exponent;

        // Normalise to significant digits only; the point position absorbs leading zeros.
        var lead = 0;
        while (lead < digits.Length && digits[lead] == '0') lead++;
        digits = digits[lead..].TrimEnd('0');
        point -= lead;

        var sb = new StringBuilder(digits.Length + 8);
        if (negative) sb.Append('-');
        if (digits.Length == 0) return sb.Append('0').ToString();
        if (point <= 0) sb.Append("0.").Append('0', -point).Append(digits);
        else if (point >= digits.Length) sb.Append(digits).Append('0', point - digits.Length);
        else sb.Append(digits, 0, point).Append('.').Append(digits, point, digits.Length - point);
        return sb.ToString();
    }

    /// <summary>A finite value with <paramref name="precision"/> digits after the point (C's <c>%.Nf</c>).</summary>
    public static string Fixed(double v, int precision)
    {
        var (num, den) = Exact(Math.Abs(v));
        var scaled = RoundHalfEven(num * BigInteger.Pow(10, precision), den);
        var s = scaled.ToString(CultureInfo.InvariantCulture);
        if (precision > 0)
        {
            if (s.Length <= precision) s = new string('0', precision - s.Length + 1) + s;
            s = string.Concat(s.AsSpan(0, s.Length - precision), ".", s.AsSpan(s.Length - precision));
        }
        return double.IsNegative(v) ? "-" + s : s;
    }

    /// <summary>A finite value as <c>d.ddde±XX</c> with <paramref name="precision"/> fraction digits (C's <c>%.Ne</c>).</summary>
    public static string Scientific(double v, int precision)
    {
        var (num, den) = Exact(Math.Abs(v));
        BigInteger mantissa;
        var exponent = 0;
        if (num.IsZero)
        {
            mantissa = BigInteger.Zero;
        }
        else
        {
            // Start from the floating-point estimate, then make 10^k <= num/den < 10^(k+1) exact.
            exponent = (int)Math.Floor(Math.Log10(Math.Abs(v)));
            while (CompareToPow10(num, den, exponent) < 0) exponent--;
            while (CompareToPow10(num, den, exponent + 1) >= 0) exponent++;
            var shift = precision - exponent;
            mantissa = shift >= 0
                ? RoundHalfEven(num * BigInteger.Pow(10, shift), den)
                : RoundHalfEven(num, den * BigInteger.Pow(10, -shift));
            if (mantissa == BigInteger.Pow(10, precision + 1))
            {
                mantissa /= 10;
                exponent++;
            }
        }

        var digits = mantissa.ToString(CultureInfo.InvariantCulture).PadLeft(precision + 1, '0');
        var sb = new StringBuilder(precision + 8);
        if (double.IsNegative(v)) sb.Append('-');
        sb.Append(digits[0]);
        if (precision > 0) sb.Append('.').Append(digits, 1, precision);
        sb.Append('e').Append(exponent < 0 ? '-' : '+');
        sb.Append(Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    /// <summary>The exact value of a non-negative finite double as a fraction whose denominator is a power of two.</summary>
    private static (BigInteger Num, BigInteger Den) Exact(double abs)
    {
        var bits = BitConverter.DoubleToInt64Bits(abs);
        var biased = (int)((bits >> 52) & 0x7FF);
        var fraction = bits & 0xF_FFFF_FFFF_FFFFL;
        if (biased == 0) biased = 1; // subnormal: no implicit leading bit
        else fraction |= 1L << 52;
        var exp = biased - 1075;
        return exp >= 0
            ? (new BigInteger(fraction) << exp, BigInteger.One)
            : (new BigInteger(fraction), BigInteger.One << -exp);
    }

    /// <summary>Compares num/den with 10^k.</summary>
    private static int CompareToPow10(BigInteger num, BigInteger den, int k) =>
        k >= 0 ? num.CompareTo(den * BigInteger.Pow(10, k)) : (num * BigInteger.Pow(10, -k)).CompareTo(den);

    /// <summary>num/den rounded to an integer, ties to even.</summary>
    private static BigInteger RoundHalfEven(BigInteger num, BigInteger den)
    {
        var q = BigInteger.DivRem(num, den, out var r);
        var c = (r * 2).CompareTo(den);
        if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
        return q;
    }
}
