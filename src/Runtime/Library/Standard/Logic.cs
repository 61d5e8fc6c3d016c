using Policy.Runtime.Values;

namespace Policy.Runtime.Library.Standard;

/// <summary>
/// The logical operators' value rules, shared by the interpreter and generated code:
/// <c>&amp;&amp;</c> and <c>||</c> are commutative over errors (<c>false &amp;&amp; error</c> is false,
/// in either order).
/// </summary>
public static class Logic
{
    /// <summary><c>!b</c>.</summary>
    public static bool Not(bool b) => !b;

    /// <summary><c>a &amp;&amp; b</c> over values that may be errors or non-bools.</summary>
    public static CelValue And(CelValue a, CelValue b)
    {
        if (a is CelBool { Value: false } || b is CelBool { Value: false }) return CelBool.False;
        if (a is CelBool && b is CelBool) return CelBool.True;
        return a.IsError ? a : b.IsError ? b : CelError.NoSuchOverload("_&&_", a, b);
    }

    /// <summary><c>a || b</c> over values that may be errors or non-bools.</summary>
    public static CelValue Or(CelValue a, CelValue b)
    {
        if (a is CelBool { Value: true } || b is CelBool { Value: true }) return CelBool.True;
        if (a is CelBool && b is CelBool) return CelBool.False;
        return a.IsError ? a : b.IsError ? b : CelError.NoSuchOverload("_||_", a, b);
    }

    /// <summary>True unless the value is false: errors and non-bools count as true (used by macro loops).</summary>
    public static bool NotStrictlyFalse(CelValue v) => v is not CelBool { Value: false };
}
