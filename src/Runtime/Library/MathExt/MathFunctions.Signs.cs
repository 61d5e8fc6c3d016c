using Policy.Runtime.Values;

namespace Policy.Runtime.Library.MathExt;

public static partial class MathFunctions
{
    /// <summary>
    /// <c>math.abs(int)</c>: the absolute value; an overflow error for the least int, whose
    /// absolute value does not fit.
    /// </summary>
    public static CelValue AbsInt(long value) =>
        value == long.MinValue ? CelError.Overflow("math.abs") : CelInt.Of(value < 0 ? -value : value);

    /// <summary><c>math.abs(uint)</c>: the argument.</summary>
    public static ulong AbsUint(ulong value) => value;

    /// <summary><c>math.abs(double)</c>: the absolute value (NaN stays NaN).</summary>
    public static double AbsDouble(double value) => System.Math.Abs(value);

    /// <summary><c>math.sign(int)</c>: -1, 0 or 1.</summary>
    public static long SignInt(long value) => value < 0 ? -1 : value > 0 ? 1 : 0;

    /// <summary><c>math.sign(uint)</c>: 0 or 1.</summary>
    public static ulong SignUint(ulong value) => value > 0 ? 1UL : 0UL;

    /// <summary>
    /// <c>math.sign(double)</c>: -1.0 or 1.0 for non-zero values; a zero or NaN is returned as
    /// it is.
    /// </summary>
    public static double SignDouble(double value) => value < 0 ? -1.0 : value > 0 ? 1.0 : value;
}
