using Policy.Runtime.Values;

namespace Policy.Runtime.Library.MathExt;

public static partial class MathFunctions
{
    // math.greatest(x) and math.least(x) with one number: the number itself.

    /// <summary><c>math.@max(int)</c> / <c>math.@min(int)</c>: the argument.</summary>
    public static long OneInt(long value) => value;

    /// <summary><c>math.@max(uint)</c> / <c>math.@min(uint)</c>: the argument.</summary>
    public static ulong OneUint(ulong value) => value;

    /// <summary><c>math.@max(double)</c> / <c>math.@min(double)</c>: the argument.</summary>
    public static double OneDouble(double value) => value;

    // Two numbers. When they are equal by value the first one wins, so the result keeps the
    // first argument's type. A NaN has no order and makes the call an error.

    /// <summary><c>math.@max(int, int)</c>.</summary>
    public static long MaxIntInt(long a, long b) => b > a ? b : a;

    /// <summary><c>math.@max(uint, uint)</c>.</summary>
    public static ulong MaxUintUint(ulong a, ulong b) => b > a ? b : a;

    /// <summary><c>math.@max(double, double)</c>; an error when either is NaN.</summary>
    public static CelValue MaxDoubleDouble(double a, double b) =>
        Numbers.CompareDoubles(a, b) switch
        {
            null => Unordered(Greatest),
            < 0 => CelDouble.Of(b),
            _ => CelDouble.Of(a),
        };

    /// <summary><c>math.@max(int, uint)</c>: the greater, as its own type.</summary>
    public static CelValue MaxIntUint(long a, ulong b) =>
        Numbers.CompareIntUint(a, b) < 0 ? CelUint.Of(b) : CelInt.Of(a);

    /// <summary><c>math.@max(uint, int)</c>: the greater, as its own type.</summary>
    public static CelValue MaxUintInt(ulong a, long b) =>
        Numbers.CompareIntUint(b, a) > 0 ? CelInt.Of(b) : CelUint.Of(a);

    /// <summary><c>math.@max(int, double)</c>: the greater, as its own type.</summary>
    public static CelValue MaxIntDouble(long a, double b) => Extreme(Greatest, CelInt.Of(a), CelDouble.Of(b), greatest: true);

    /// <summary><c>math.@max(double, int)</c>: the greater, as its own type.</summary>
    public static CelValue MaxDoubleInt(double a, long b) => Extreme(Greatest, CelDouble.Of(a), CelInt.Of(b), greatest: true);

    /// <summary><c>math.@max(uint, double)</c>: the greater, as its own type.</summary>
    public static CelValue MaxUintDouble(ulong a, double b) => Extreme(Greatest, CelUint.Of(a), CelDouble.Of(b), greatest: true);

    /// <summary><c>math.@max(double, uint)</c>: the greater, as its own type.</summary>
    public static CelValue MaxDoubleUint(double a, ulong b) => Extreme(Greatest, CelDouble.Of(a), CelUint.Of(b), greatest: true);

    /// <summary><c>math.@min(int, int)</c>.</summary>
    public static long MinIntInt(long a, long b) => b < a ? b : a;

    /// <summary><c>math.@min(uint, uint)</c>.</summary>
    public static ulong MinUintUint(ulong a, ulong b) => b < a ? b : a;

    /// <summary><c>math.@min(double, double)</c>; an error when either is NaN.</summary>
    public static CelValue MinDoubleDouble(double a, double b) =>
        Numbers.CompareDoubles(a, b) switch
        {
            null => Unordered(Least),
            > 0 => CelDouble.Of(b),
            _ => CelDouble.Of(a),
        };

    /// <summary><c>math.@min(int, uint)</c>: the lesser, as its own type.</summary>
    public static CelValue MinIntUint(long a, ulong b) =>
        Numbers.CompareIntUint(a, b) > 0 ? CelUint.Of(b) : CelInt.Of(a);

    /// <summary><c>math.@min(uint, int)</c>: the lesser, as its own type.</summary>
    public static CelValue MinUintInt(ulong a, long b) =>
        Numbers.CompareIntUint(b, a) < 0 ? CelInt.Of(b) : CelUint.Of(a);

    /// <summary><c>math.@min(int, double)</c>: the lesser, as its own type.</summary>
    public static CelValue MinIntDouble(long a, double b) => Extreme(Least, CelInt.Of(a), CelDouble.Of(b), greatest: false);

    /// <summary><c>math.@min(double, int)</c>: the lesser, as its own type.</summary>
    public static CelValue MinDoubleInt(double a, long b) => Extreme(Least, CelDouble.Of(a), CelInt.Of(b), greatest: false);

    /// <summary><c>math.@min(uint, double)</c>: the lesser, as its own type.</summary>
    public static CelValue MinUintDouble(ulong a, double b) => Extreme(Least, CelUint.Of(a), CelDouble.Of(b), greatest: false);

    /// <summary><c>math.@min(double, uint)</c>: the lesser, as its own type.</summary>
    public static CelValue MinDoubleUint(double a, ulong b) => Extreme(Least, CelDouble.Of(a), CelUint.Of(b), greatest: false);

    /// <summary>
    /// <c>math.@max(list)</c>: the greatest element of a non-empty list of numbers of any mix of
    /// int, uint and double, returned as its own type (the first of equal values wins).
    /// </summary>
    public static CelValue MaxList(CelList list) => ExtremeOfList(Greatest, list, greatest: true);

    /// <summary>
    /// <c>math.@min(list)</c>: the least element of a non-empty list of numbers of any mix of
    /// int, uint and double, returned as its own type (the first of equal values wins).
    /// </summary>
    public static CelValue MinList(CelList list) => ExtremeOfList(Least, list, greatest: false);

    private static CelValue ExtremeOfList(string function, CelList list, bool greatest)
    {
        if (list.Count == 0) return CelError.Of($"{function}: the list argument must not be empty");
        var best = list[0];
        if (!IsNumber(best)) return CelError.NoSuchOverload(function, best);
        for (var i = 1; i < list.Count; i++)
        {
            var next = list[i];
            if (!IsNumber(next)) return CelError.NoSuchOverload(function, next);
            best = Extreme(function, best, next, greatest);
            if (best.IsError) return best;
        }
        // Like the one-argument form, a one-element list is returned without any comparison,
        // so math.greatest([NaN]) is NaN while math.greatest([1.0, NaN]) is an error.
        return best;
    }

    private static CelValue Extreme(string function, CelValue a, CelValue b, bool greatest) =>
        Numbers.Compare(a, b) switch
        {
            null => Unordered(function),
            < 0 => greatest ? b : a,
            > 0 => greatest ? a : b,
            _ => a,
        };

    private static bool IsNumber(CelValue v) => v.Kind is CelKind.Int or CelKind.Uint or CelKind.Double;
}
