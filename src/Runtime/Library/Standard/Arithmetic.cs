using Policy.Runtime.Values;

namespace Policy.Runtime.Library.Standard;

/// <summary>
/// CEL arithmetic: int and uint operations raise an overflow error instead of wrapping,
/// division and modulus by zero are errors, and doubles follow IEEE 754 (never an error).
/// </summary>
public static class Arithmetic
{
    /// <summary><c>int + int</c>.</summary>
    public static CelValue AddInt(long a, long b)
    {
        var r = unchecked(a + b);
        return ((a ^ r) & (b ^ r)) < 0 ? CelError.Overflow("addition") : CelInt.Of(r);
    }

    /// <summary><c>int - int</c>.</summary>
    public static CelValue SubtractInt(long a, long b)
    {
        var r = unchecked(a - b);
        return ((a ^ b) & (a ^ r)) < 0 ? CelError.Overflow("subtraction") : CelInt.Of(r);
    }

    /// <summary><c>int * int</c>.</summary>
    public static CelValue MultiplyInt(long a, long b)
    {
        var r = Math.BigMul(a, b, out var low);
        return r != (low >> 63) ? CelError.Overflow("multiplication") : CelInt.Of(low);
    }

    /// <summary><c>int / int</c>, truncating toward zero.</summary>
    public static CelValue DivideInt(long a, long b) =>
        b == 0 ? CelError.DivideByZero(false)
        : a == long.MinValue && b == -1 ? CelError.Overflow("division")
        : CelInt.Of(a / b);

    /// <summary><c>int % int</c>, with the sign of the dividend.</summary>
    public static CelValue ModuloInt(long a, long b) =>
        b == 0 ? CelError.DivideByZero(true)
        // CEL treats the one quotient that does not fit (long.MinValue / -1) as an overflow for the
        // remainder as well, as the reference implementations do; .NET would throw here.
        : a == long.MinValue && b == -1 ? CelError.Overflow("modulus")
        : CelInt.Of(a % b);

    /// <summary><c>-int</c>.</summary>
    public static CelValue NegateInt(long a) => a == long.MinValue ? CelError.Overflow("negation") : CelInt.Of(-a);

    /// <summary><c>uint + uint</c>.</summary>
    public static CelValue AddUint(ulong a, ulong b)
    {
        var r = unchecked(a + b);
        return r < a ? CelError.Overflow("addition") : CelUint.Of(r);
    }

    /// <summary><c>uint - uint</c>.</summary>
    public static CelValue SubtractUint(ulong a, ulong b) => b > a ? CelError.Overflow("subtraction") : CelUint.Of(a - b);

    /// <summary><c>uint * uint</c>.</summary>
    public static CelValue MultiplyUint(ulong a, ulong b)
    {
        var high = Math.BigMul(a, b, out var low);
        return high != 0 ? CelError.Overflow("multiplication") : CelUint.Of(low);
    }

    /// <summary><c>uint / uint</c>.</summary>
    public static CelValue DivideUint(ulong a, ulong b) => b == 0 ? CelError.DivideByZero(false) : CelUint.Of(a / b);

    /// <summary><c>uint % uint</c>.</summary>
    public static CelValue ModuloUint(ulong a, ulong b) => b == 0 ? CelError.DivideByZero(true) : CelUint.Of(a % b);

    /// <summary><c>double + double</c>.</summary>
    public static double AddDouble(double a, double b) => a + b;

    /// <summary><c>double - double</c>.</summary>
    public static double SubtractDouble(double a, double b) => a - b;

    /// <summary><c>double * double</c>.</summary>
    public static double MultiplyDouble(double a, double b) => a * b;

    /// <summary><c>double / double</c> (division by zero gives ±Inf or NaN).</summary>
    public static double DivideDouble(double a, double b) => a / b;

    /// <summary><c>-double</c>.</summary>
    public static double NegateDouble(double a) => -a;

    /// <summary><c>string + string</c>.</summary>
    public static string AddString(string a, string b) => string.Concat(a, b);

    /// <summary><c>bytes + bytes</c>.</summary>
    public static CelBytes AddBytes(CelBytes a, CelBytes b)
    {
        if (a.Length == 0) return b;
        if (b.Length == 0) return a;
        var result = new byte[a.Length + b.Length];
        a.Span.CopyTo(result);
        b.Span.CopyTo(result.AsSpan(a.Length));
        return CelBytes.Wrap(result);
    }

    /// <summary><c>list + list</c>.</summary>
    public static CelList AddList(CelList a, CelList b)
    {
        if (a.Count == 0) return b;
        if (b.Count == 0) return a;
        var result = new CelValue[a.Count + b.Count];
        for (var i = 0; i < a.Count; i++) result[i] = a[i];
        for (var i = 0; i < b.Count; i++) result[a.Count + i] = b[i];
        return CelList.Wrap(result);
    }
}
