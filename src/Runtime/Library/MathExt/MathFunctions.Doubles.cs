namespace Policy.Runtime.Library.MathExt;

public static partial class MathFunctions
{
    /// <summary><c>math.ceil(double)</c>: the least integral value not below the argument.</summary>
    public static double Ceil(double value) => System.Math.Ceiling(value);

    /// <summary><c>math.floor(double)</c>: the greatest integral value not above the argument.</summary>
    public static double Floor(double value) => System.Math.Floor(value);

    /// <summary><c>math.round(double)</c>: the nearest integral value, halves away from zero.</summary>
    public static double Round(double value) => System.Math.Round(value, MidpointRounding.AwayFromZero);

    /// <summary><c>math.trunc(double)</c>: the integral part (rounds toward zero).</summary>
    public static double Trunc(double value) => System.Math.Truncate(value);

    /// <summary><c>math.isNaN(double)</c>.</summary>
    public static bool IsNaN(double value) => double.IsNaN(value);

    /// <summary><c>math.isInf(double)</c>: true for positive or negative infinity.</summary>
    public static bool IsInf(double value) => double.IsInfinity(value);

    /// <summary><c>math.isFinite(double)</c>: neither NaN nor infinite.</summary>
    public static bool IsFinite(double value) => double.IsFinite(value);

    /// <summary><c>math.sqrt(double)</c>: the square root; NaN for a negative argument.</summary>
    public static double SqrtDouble(double value) => System.Math.Sqrt(value);

    /// <summary><c>math.sqrt(int)</c>: the square root as a double; NaN for a negative argument.</summary>
    public static double SqrtInt(long value) => System.Math.Sqrt(value);

    /// <summary><c>math.sqrt(uint)</c>: the square root as a double.</summary>
    public static double SqrtUint(ulong value) => System.Math.Sqrt(value);
}
