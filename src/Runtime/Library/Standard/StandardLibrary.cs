using Policy.Runtime.Functions;
using Policy.Runtime.Types;
using T = Policy.Runtime.Types.CelType;

namespace Policy.Runtime.Library.Standard;

/// <summary>
/// CEL's standard functions and operators (the language definition's list of standard
/// definitions), with cel-go's overload ids. The logical operators, the conditional and
/// <c>@not_strictly_false</c> are declared for the checker only: evaluation treats them
/// specially because they are not strict in their arguments.
/// </summary>
public sealed partial class StandardLibrary : CelLibrary
{
    private static readonly CelType A = T.Param("A");
    private static readonly CelType B = T.Param("B");

    /// <summary>The shared instance.</summary>
    public static readonly StandardLibrary Instance = new();

    /// <inheritdoc/>
    public override string Name => "standard";

    /// <inheritdoc/>
    public override IEnumerable<FunctionDecl> Functions => [.. Operators(), .. Relational(), .. ConversionFunctions(), .. TextAndSize(), .. Internal()];

    private static IEnumerable<FunctionDecl> Operators()
    {
        yield return new("!_", "Logical negation.",
            Overload.Global<bool, bool>("logical_not", T.Bool, T.Bool, Logic.Not));
        yield return new("_&&_", "Logical and; false wins over errors in either operand.",
            Overload.Declared("logical_and", false, [T.Bool, T.Bool], T.Bool));
        yield return new("_||_", "Logical or; true wins over errors in either operand.",
            Overload.Declared("logical_or", false, [T.Bool, T.Bool], T.Bool));
        yield return new("_?_:_", "Conditional: only the chosen branch is evaluated.",
            Overload.Declared("conditional", false, [T.Bool, A, A], A));
        yield return new("@not_strictly_false", "Internal: true unless the argument is false (errors count as true).",
            Overload.Declared("not_strictly_false", false, [T.Bool], T.Bool));

        yield return new("-_", "Negation.",
            Overload.Global<long, Values.CelValue>("negate_int64", T.Int, T.Int, Arithmetic.NegateInt),
            Overload.Global<double, double>("negate_double", T.Double, T.Double, Arithmetic.NegateDouble));
        yield return new("_+_", "Addition; concatenation of strings, bytes and lists.",
            Overload.Global<long, long, Values.CelValue>("add_int64", T.Int, T.Int, T.Int, Arithmetic.AddInt),
            Overload.Global<ulong, ulong, Values.CelValue>("add_uint64", T.Uint, T.Uint, T.Uint, Arithmetic.AddUint),
            Overload.Global<double, double, double>("add_double", T.Double, T.Double, T.Double, Arithmetic.AddDouble),
            Overload.Global<string, string, string>("add_string", T.String, T.String, T.String, Arithmetic.AddString),
            Overload.Global<Values.CelBytes, Values.CelBytes, Values.CelBytes>("add_bytes", T.Bytes, T.Bytes, T.Bytes, Arithmetic.AddBytes),
            Overload.Global<Values.CelList, Values.CelList, Values.CelList>("add_list", T.List(A), T.List(A), T.List(A), Arithmetic.AddList));
        yield return new("_-_", "Subtraction.",
            Overload.Global<long, long, Values.CelValue>("subtract_int64", T.Int, T.Int, T.Int, Arithmetic.SubtractInt),
            Overload.Global<ulong, ulong, Values.CelValue>("subtract_uint64", T.Uint, T.Uint, T.Uint, Arithmetic.SubtractUint),
            Overload.Global<double, double, double>("subtract_double", T.Double, T.Double, T.Double, Arithmetic.SubtractDouble));
        yield return new("_*_", "Multiplication.",
            Overload.Global<long, long, Values.CelValue>("multiply_int64", T.Int, T.Int, T.Int, Arithmetic.MultiplyInt),
            Overload.Global<ulong, ulong, Values.CelValue>("multiply_uint64", T.Uint, T.Uint, T.Uint, Arithmetic.MultiplyUint),
            Overload.Global<double, double, double>("multiply_double", T.Double, T.Double, T.Double, Arithmetic.MultiplyDouble));
        yield return new("_/_", "Division; integer division truncates toward zero and dividing by zero is an error.",
            Overload.Global<long, long, Values.CelValue>("divide_int64", T.Int, T.Int, T.Int, Arithmetic.DivideInt),
            Overload.Global<ulong, ulong, Values.CelValue>("divide_uint64", T.Uint, T.Uint, T.Uint, Arithmetic.DivideUint),
            Overload.Global<double, double, double>("divide_double", T.Double, T.Double, T.Double, Arithmetic.DivideDouble));
        yield return new("_%_", "Remainder, with the sign of the dividend; no overload for double.",
            Overload.Global<long, long, Values.CelValue>("modulo_int64", T.Int, T.Int, T.Int, Arithmetic.ModuloInt),
            Overload.Global<ulong, ulong, Values.CelValue>("modulo_uint64", T.Uint, T.Uint, T.Uint, Arithmetic.ModuloUint));
    }
}
