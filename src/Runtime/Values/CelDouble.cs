using System.Globalization;
using Policy.Runtime.Types;

namespace Policy.Runtime.Values;

/// <summary>A CEL <c>double</c> (IEEE 754 binary64).</summary>
public sealed class CelDouble : CelValue
{
    private static readonly CelDouble Zero = new(0.0);

    private CelDouble(double value) => Value = value;

    /// <summary>The value.</summary>
    public double Value { get; }

    /// <summary>A value.</summary>
    public static CelDouble Of(double value) =>
        value == 0.0 && !double.IsNegative(value) ? Zero : new CelDouble(value);

    /// <inheritdoc/>
    public override CelKind Kind => CelKind.Double;
    /// <inheritdoc/>
    public override CelType Type => CelType.Double;
    /// <inheritdoc/>
    public override bool CelEquals(CelValue other) => Numbers.Compare(this, other) == 0;

    /// <inheritdoc/>
    public override int CelHash()
    {
        // Integral doubles hash like the int or uint they equal, so that map keys and
        // set membership agree with heterogeneous equality.
        var v = Value;
        if (Math.Floor(v) == v)
        {
            if (v >= -9223372036854775808.0 && v < 9223372036854775808.0) return ((long)v).GetHashCode();
            if (v >= 0 && v < 18446744073709551616.0) return ((ulong)v).GetHashCode();
        }
        return v.GetHashCode();
    }

    /// <inheritdoc/>
    public override int? CompareTo(CelValue other) => Numbers.Compare(this, other);

    /// <inheritdoc/>
    public override string ToString()
    {
        if (double.IsNaN(Value)) return "double(\"NaN\")";
        if (double.IsPositiveInfinity(Value)) return "double(\"Infinity\")";
        if (double.IsNegativeInfinity(Value)) return "double(\"-Infinity\")";
        var s = Value.ToString("R", CultureInfo.InvariantCulture);
        return s.Contains('.') || s.Contains('E') ? s : s + ".0";
    }
}
