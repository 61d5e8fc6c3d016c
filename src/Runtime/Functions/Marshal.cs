using Policy.Runtime.Values;

namespace Policy.Runtime.Functions;

/// <summary>
/// Converts between <see cref="CelValue"/> and the CLR types that function implementations
/// take and return: <c>long</c> (int), <c>ulong</c> (uint), <c>double</c>, <c>bool</c>,
/// <c>string</c>, and <see cref="CelValue"/> or any of its subclasses.
/// </summary>
public static class Marshal<T>
{
    /// <summary>True when a run-time value can be passed as <typeparamref name="T"/>.</summary>
    public static bool Accepts(CelValue v)
    {
        if (typeof(T) == typeof(long)) return v.Kind == CelKind.Int;
        if (typeof(T) == typeof(ulong)) return v.Kind == CelKind.Uint;
        if (typeof(T) == typeof(double)) return v.Kind == CelKind.Double;
        if (typeof(T) == typeof(bool)) return v.Kind == CelKind.Bool;
        if (typeof(T) == typeof(string)) return v.Kind == CelKind.String;
        return v is T;
    }

    /// <summary>Unwraps a value that <see cref="Accepts"/> said yes to.</summary>
    public static T From(CelValue v)
    {
        if (typeof(T) == typeof(long)) { var x = ((CelInt)v).Value; return Unsafe.As<long, T>(ref x); }
        if (typeof(T) == typeof(ulong)) { var x = ((CelUint)v).Value; return Unsafe.As<ulong, T>(ref x); }
        if (typeof(T) == typeof(double)) { var x = ((CelDouble)v).Value; return Unsafe.As<double, T>(ref x); }
        if (typeof(T) == typeof(bool)) { var x = ((CelBool)v).Value; return Unsafe.As<bool, T>(ref x); }
        if (typeof(T) == typeof(string)) return (T)(object)((CelString)v).Value;
        return (T)(object)v;
    }

    /// <summary>Wraps a result.</summary>
    public static CelValue To(T value)
    {
        if (typeof(T) == typeof(long)) return CelInt.Of(Unsafe.As<T, long>(ref value));
        if (typeof(T) == typeof(ulong)) return CelUint.Of(Unsafe.As<T, ulong>(ref value));
        if (typeof(T) == typeof(double)) return CelDouble.Of(Unsafe.As<T, double>(ref value));
        if (typeof(T) == typeof(bool)) return CelBool.Of(Unsafe.As<T, bool>(ref value));
        if (typeof(T) == typeof(string)) return CelString.Of((string)(object)value!);
        return (CelValue)(object)value!;
    }
}

file static class Unsafe
{
    public static ref TTo As<TFrom, TTo>(ref TFrom source) => ref System.Runtime.CompilerServices.Unsafe.As<TFrom, TTo>(ref source);
}
