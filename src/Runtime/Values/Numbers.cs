namespace Policy.Runtime.Values;

/// <summary>
/// Comparison across the numeric kinds by mathematical value (CEL's heterogeneous numeric
/// equality and ordering): <c>1 == 1u == 1.0</c>, <c>-1 &lt; 1u</c>.
/// </summary>
public static class Numbers
{
    private const double TwoTo63 = 9223372036854775808.0;

    /// <summary>
    /// Compares two values when both are numbers; <see langword="null"/> when either is not a
    /// number or when a NaN makes them unordered.
    /// </summary>
    public static int? Compare(CelValue a, CelValue b) => (a, b) switch
    {
        (CelInt x, CelInt y) => x.Value.CompareTo(y.Value),
        (CelUint x, CelUint y) => x.Value.CompareTo(y.Value),
        (CelDouble x, CelDouble y) => CompareDoubles(x.Value, y.Value),
        (CelInt x, CelUint y) => CompareIntUint(x.Value, y.Value),
        (CelUint x, CelInt y) => -CompareIntUint(y.Value, x.Value),
        (CelInt x, CelDouble y) => CompareIntDouble(x.Value, y.Value),
        (CelDouble x, CelInt y) => -CompareIntDouble(y.Value, x.Value),
        (CelUint x, CelDouble y) => CompareUintDouble(x.Value, y.Value),
        (CelDouble x, CelUint y) => -CompareUintDouble(y.Value, x.Value),
        _ => null,
    };

    /// <summary>Orders two doubles; <see langword="null"/> when either is NaN.</summary>
    public static int? CompareDoubles(double a, double b) =>
        double.IsNaN(a) || double.IsNaN(b) ? null : a < b ? -1 : a > b ? 1 : 0;

    /// <summary>Orders an int and a uint.</summary>
    public static int CompareIntUint(long a, ulong b) => a < 0 ? -1 : ((ulong)a).CompareTo(b);

    /// <summary>
    /// Orders an int and a double the way the CEL specification does: the int is converted to
    /// a double first, so near the ends of the int64 range the comparison is lossy
    /// (<c>dyn(9223372036854775807) &lt; 9223372036854775808.0</c> is false).
    /// </summary>
    public static int? CompareIntDouble(long a, double b) => CompareDoubles(a, b);

    /// <summary>Orders a uint and a double by converting the uint to a double.</summary>
    public static int? CompareUintDouble(ulong a, double b) => CompareDoubles(a, b);

    /// <summary>
    /// The integral value of a number when it is a whole number in the int64 range (used for
    /// list indices and map-key lookups with numeric keys of another kind).
    /// </summary>
    public static bool TryGetInt64(CelValue v, out long result)
    {
        switch (v)
        {
            case CelInt i: result = i.Value; return true;
            case CelUint u when u.Value <= long.MaxValue: result = (long)u.Value; return true;
            case CelDouble d when Math.Floor(d.Value) == d.Value && d.Value >= -TwoTo63 && d.Value < TwoTo63:
                result = (long)d.Value; return true;
            default: result = 0; return false;
        }
    }
}
