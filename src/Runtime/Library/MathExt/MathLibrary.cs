using Policy.Runtime.Functions;
using Policy.Runtime.Types;
using Policy.Runtime.Values;
using F = Policy.Runtime.Library.MathExt.MathFunctions;

namespace Policy.Runtime.Library.MathExt;

/// <summary>
/// The math extension (cel-go <c>ext.Math</c>): run-time targets of the <c>math.greatest</c> and
/// <c>math.least</c> macros, rounding, sign and floating-point helpers, square root and bitwise
/// operations. The macros themselves belong to the parser, which rewrites
/// <c>math.greatest(a)</c> to <c>math.@max(a)</c>, <c>math.greatest(a, b)</c> to
/// <c>math.@max(a, b)</c> and <c>math.greatest(a, b, c, ...)</c> to <c>math.@max([a, b, c, ...])</c>
/// (likewise <c>math.least</c> to <c>math.@min</c>).
/// </summary>
public sealed class MathLibrary : CelLibrary
{
    /// <summary>The function the <c>math.greatest</c> macro expands to.</summary>
    public const string MaxFunction = "math.@max";

    /// <summary>The function the <c>math.least</c> macro expands to.</summary>
    public const string MinFunction = "math.@min";

    private static readonly CelType I = CelType.Int;
    private static readonly CelType U = CelType.Uint;
    private static readonly CelType D = CelType.Double;
    private static readonly CelType B = CelType.Bool;
    private static readonly CelType Dyn = CelType.Dyn;

    private static readonly FunctionDecl[] Declarations =
    [
        new(MaxFunction, "The greatest of one number, two numbers, or a non-empty list of numbers (target of the math.greatest macro).",
            Overload.Global<double, double>("math_@max_double", D, D, F.OneDouble),
            Overload.Global<long, long>("math_@max_int", I, I, F.OneInt),
            Overload.Global<ulong, ulong>("math_@max_uint", U, U, F.OneUint),
            Overload.Global<double, double, CelValue>("math_@max_double_double", D, D, D, F.MaxDoubleDouble),
            Overload.Global<long, long, long>("math_@max_int_int", I, I, I, F.MaxIntInt),
            Overload.Global<ulong, ulong, ulong>("math_@max_uint_uint", U, U, U, F.MaxUintUint),
            Overload.Global<long, ulong, CelValue>("math_@max_int_uint", I, U, Dyn, F.MaxIntUint),
            Overload.Global<long, double, CelValue>("math_@max_int_double", I, D, Dyn, F.MaxIntDouble),
            Overload.Global<double, long, CelValue>("math_@max_double_int", D, I, Dyn, F.MaxDoubleInt),
            Overload.Global<double, ulong, CelValue>("math_@max_double_uint", D, U, Dyn, F.MaxDoubleUint),
            Overload.Global<ulong, long, CelValue>("math_@max_uint_int", U, I, Dyn, F.MaxUintInt),
            Overload.Global<ulong, double, CelValue>("math_@max_uint_double", U, D, Dyn, F.MaxUintDouble),
            Overload.Global<CelList, CelValue>("math_@max_list_double", CelType.List(D), D, F.MaxList),
            Overload.Global<CelList, CelValue>("math_@max_list_int", CelType.List(I), I, F.MaxList),
            Overload.Global<CelList, CelValue>("math_@max_list_uint", CelType.List(U), U, F.MaxList),
            Overload.Global<CelList, CelValue>("math_@max_list_dyn", CelType.ListOfDyn, Dyn, F.MaxList)),
        new(MinFunction, "The least of one number, two numbers, or a non-empty list of numbers (target of the math.least macro).",
            Overload.Global<double, double>("math_@min_double", D, D, F.OneDouble),
            Overload.Global<long, long>("math_@min_int", I, I, F.OneInt),
            Overload.Global<ulong, ulong>("math_@min_uint", U, U, F.OneUint),
            Overload.Global<double, double, CelValue>("math_@min_double_double", D, D, D, F.MinDoubleDouble),
            Overload.Global<long, long, long>("math_@min_int_int", I, I, I, F.MinIntInt),
            Overload.Global<ulong, ulong, ulong>("math_@min_uint_uint", U, U, U, F.MinUintUint),
            Overload.Global<long, ulong, CelValue>("math_@min_int_uint", I, U, Dyn, F.MinIntUint),
            Overload.Global<long, double, CelValue>("math_@min_int_double", I, D, Dyn, F.MinIntDouble),
            Overload.Global<double, long, CelValue>("math_@min_double_int", D, I, Dyn, F.MinDoubleInt),
            Overload.Global<double, ulong, CelValue>("math_@min_double_uint", D, U, Dyn, F.MinDoubleUint),
            Overload.Global<ulong, long, CelValue>("math_@min_uint_int", U, I, Dyn, F.MinUintInt),
            Overload.Global<ulong, double, CelValue>("math_@min_uint_double", U, D, Dyn, F.MinUintDouble),
            Overload.Global<CelList, CelValue>("math_@min_list_double", CelType.List(D), D, F.MinList),
            Overload.Global<CelList, CelValue>("math_@min_list_int", CelType.List(I), I, F.MinList),
            Overload.Global<CelList, CelValue>("math_@min_list_uint", CelType.List(U), U, F.MinList),
            Overload.Global<CelList, CelValue>("math_@min_list_dyn", CelType.ListOfDyn, Dyn, F.MinList)),

        new("math.ceil", "Rounds a double up to an integral value.",
            Overload.Global<double, double>("math_ceil_double", D, D, F.Ceil)),
        new("math.floor", "Rounds a double down to an integral value.",
            Overload.Global<double, double>("math_floor_double", D, D, F.Floor)),
        new("math.round", "Rounds a double to the nearest integral value, halves away from zero.",
            Overload.Global<double, double>("math_round_double", D, D, F.Round)),
        new("math.trunc", "Drops the fractional part of a double.",
            Overload.Global<double, double>("math_trunc_double", D, D, F.Trunc)),

        new("math.isNaN", "True when a double is NaN.",
            Overload.Global<double, bool>("math_isNaN_double", D, B, F.IsNaN)),
        new("math.isInf", "True when a double is positive or negative infinity.",
            Overload.Global<double, bool>("math_isInf_double", D, B, F.IsInf)),
        new("math.isFinite", "True when a double is neither NaN nor infinite.",
            Overload.Global<double, bool>("math_isFinite_double", D, B, F.IsFinite)),

        new("math.abs", "The absolute value; an error for the least int, whose absolute value overflows.",
            Overload.Global<double, double>("math_abs_double", D, D, F.AbsDouble),
            Overload.Global<long, CelValue>("math_abs_int", I, I, F.AbsInt),
            Overload.Global<ulong, ulong>("math_abs_uint", U, U, F.AbsUint)),
        new("math.sign", "The sign (-1, 0 or 1) in the argument's own type; NaN for NaN.",
            Overload.Global<double, double>("math_sign_double", D, D, F.SignDouble),
            Overload.Global<long, long>("math_sign_int", I, I, F.SignInt),
            Overload.Global<ulong, ulong>("math_sign_uint", U, U, F.SignUint)),
        new("math.sqrt", "The square root as a double (NaN for negative numbers).",
            Overload.Global<double, double>("math_sqrt_double", D, D, F.SqrtDouble),
            Overload.Global<long, double>("math_sqrt_int", I, D, F.SqrtInt),
            Overload.Global<ulong, double>("math_sqrt_uint", U, D, F.SqrtUint)),

        new("math.bitAnd", "Bitwise AND of two ints or two uints.",
            Overload.Global<long, long, long>("math_bitAnd_int_int", I, I, I, F.BitAndInt),
            Overload.Global<ulong, ulong, ulong>("math_bitAnd_uint_uint", U, U, U, F.BitAndUint)),
        new("math.bitOr", "Bitwise OR of two ints or two uints.",
            Overload.Global<long, long, long>("math_bitOr_int_int", I, I, I, F.BitOrInt),
            Overload.Global<ulong, ulong, ulong>("math_bitOr_uint_uint", U, U, U, F.BitOrUint)),
        new("math.bitXor", "Bitwise exclusive OR of two ints or two uints.",
            Overload.Global<long, long, long>("math_bitXor_int_int", I, I, I, F.BitXorInt),
            Overload.Global<ulong, ulong, ulong>("math_bitXor_uint_uint", U, U, U, F.BitXorUint)),
        new("math.bitNot", "Bitwise complement of an int or a uint.",
            Overload.Global<long, long>("math_bitNot_int_int", I, I, F.BitNotInt),
            Overload.Global<ulong, ulong>("math_bitNot_uint_uint", U, U, F.BitNotUint)),
        new("math.bitShiftLeft", "Shifts left by an int count; counts of 64 or more give 0, a negative count is an error.",
            Overload.Global<long, long, CelValue>("math_bitShiftLeft_int_int", I, I, I, F.BitShiftLeftInt),
            Overload.Global<ulong, long, CelValue>("math_bitShiftLeft_uint_int", U, I, U, F.BitShiftLeftUint)),
        new("math.bitShiftRight", "Logical right shift by an int count (also for negative ints); counts of 64 or more give 0, a negative count is an error.",
            Overload.Global<long, long, CelValue>("math_bitShiftRight_int_int", I, I, I, F.BitShiftRightInt),
            Overload.Global<ulong, long, CelValue>("math_bitShiftRight_uint_int", U, I, U, F.BitShiftRightUint)),
    ];

    /// <inheritdoc/>
    public override string Name => "math";

    /// <inheritdoc/>
    public override IEnumerable<FunctionDecl> Functions => Declarations;
}
