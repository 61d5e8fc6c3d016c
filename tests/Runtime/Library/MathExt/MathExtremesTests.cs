using Policy.Runtime.Library.MathExt;
using Policy.Runtime.Values;
using static Policy.Runtime.Tests.Library.MathExt.Cel;
using F = Policy.Runtime.Library.MathExt.MathFunctions;

namespace Policy.Runtime.Tests.Library.MathExt;

/// <summary>
/// The greatest/least sections of the conformance file math_ext, as calls of the macro targets:
/// one argument → math.@max(x), two → math.@max(a, b), three or more → math.@max([a, b, ...]).
/// Where the conformance test only compares with <c>==</c>, the exact kind is asserted as well
/// (the first of equal values wins).
/// </summary>
public class MathExtremesTests
{
    public static TheoryData<string, Func<CelValue>, CelValue> Greatest => new()
    {
        // greatest_int_result
        { "unary_negative", () => CelInt.Of(F.OneInt(-5)), I(-5) },
        { "unary_positive", () => CelInt.Of(F.OneInt(5)), I(5) },
        { "binary_same_args", () => CelInt.Of(F.MaxIntInt(1, 1)), I(1) },
        { "binary_with_decimal", () => F.MaxIntDouble(1, 1.0), I(1) },
        { "binary_first_arg_greater", () => CelInt.Of(F.MaxIntInt(3, -3)), I(3) },
        { "binary_first_arg_int_max", () => CelInt.Of(F.MaxIntInt(long.MaxValue, 1)), I(long.MaxValue) },
        { "binary_second_arg_int_max", () => CelInt.Of(F.MaxIntInt(1, long.MaxValue)), I(long.MaxValue) },
        { "binary_first_arg_int_min", () => CelInt.Of(F.MaxIntInt(long.MinValue, 1)), I(1) },
        { "binary_second_arg_int_min", () => CelInt.Of(F.MaxIntInt(1, long.MinValue)), I(1) },
        { "ternary_same_args", () => F.MaxList(L(I(1), I(1), I(1))), I(1) },
        { "ternary_with_decimal", () => F.MaxList(L(I(1), D(1.0), D(1.0))), I(1) },
        { "ternary_with_uint", () => F.MaxList(L(I(1), U(1), U(1))), I(1) },
        { "ternary_first_arg_greatest", () => F.MaxList(L(I(10), I(1), I(3))), I(10) },
        { "ternary_third_arg_greatest", () => F.MaxList(L(I(1), I(3), I(10))), I(10) },
        { "ternary_with_negatives", () => F.MaxList(L(I(-1), I(-2), I(-3))), I(-1) },
        { "ternary_int_max", () => F.MaxList(L(I(long.MaxValue), I(1), I(5))), I(long.MaxValue) },
        { "ternary_int_min", () => F.MaxList(L(I(-long.MaxValue), I(-1), I(-5))), I(-1) },
        { "quaternary_mixed", () => F.MaxList(L(D(5.4), I(10), U(3), D(-5.0), I(long.MaxValue))), I(long.MaxValue) },
        { "quaternary_mixed_array", () => F.MaxList(L(D(5.4), I(10), U(3), D(-5.0), D(3.5))), I(10) },
        { "quaternary_mixed_dyn_array", () => F.MaxList(L(D(5.4), I(10), U(3), D(-5.0), D(3.5))), I(10) },

        // greatest_double_result
        { "double unary_negative", () => CelDouble.Of(F.OneDouble(-5.0)), D(-5.0) },
        { "double unary_positive", () => CelDouble.Of(F.OneDouble(5.0)), D(5.0) },
        { "double binary_same_args", () => F.MaxDoubleDouble(1.0, 1.0), D(1.0) },
        { "double binary_with_int", () => F.MaxDoubleInt(1.0, 1), D(1.0) },
        { "double binary_first_arg_greater", () => F.MaxDoubleDouble(5.0, -7.0), D(5.0) },
        { "double binary_second_arg_greater", () => F.MaxDoubleDouble(-3.0, 3.0), D(3.0) },
        { "double binary_first_arg_double_max", () => F.MaxDoubleInt(1.797693e308, 1), D(1.797693e308) },
        { "double binary_second_arg_double_max", () => F.MaxIntDouble(1, 1.797693e308), D(1.797693e308) },
        { "double binary_first_arg_double_min", () => F.MaxDoubleDouble(-1.797693e308, 1.5), D(1.5) },
        { "double ternary_same_args", () => F.MaxList(L(D(1.0), D(1.0), D(1.0))), D(1.0) },
        { "double ternary_with_uint", () => F.MaxList(L(D(1.0), U(1), U(1))), D(1.0) },
        { "double ternary_first_arg_greatest", () => F.MaxList(L(D(10.5), D(1.5), D(3.5))), D(10.5) },
        { "double ternary_with_negatives", () => F.MaxList(L(D(-1.5), D(-2.5), D(-3.5))), D(-1.5) },
        { "double ternary_double_max", () => F.MaxList(L(D(1.797693e308), I(1), I(5))), D(1.797693e308) },
        { "double ternary_double_min", () => F.MaxList(L(D(-1.797693e308), I(-1), I(-5))), I(-1) },
        { "double quaternary_mixed", () => F.MaxList(L(D(5.4), I(10), U(3), D(-5.0), D(1.797693e308))), D(1.797693e308) },
        { "double quaternary_mixed_array", () => F.MaxList(L(D(5.4), D(10.5), U(3), D(-5.0), D(3.5))), D(10.5) },
        { "double quaternary_mixed_dyn_array", () => F.MaxList(L(D(5.4), D(10.5), U(3), D(-5.0), D(3.5))), D(10.5) },

        // greatest_uint_result
        { "uint unary", () => CelUint.Of(F.OneUint(5)), U(5) },
        { "uint binary_same_args", () => CelUint.Of(F.MaxUintUint(1, 1)), U(1) },
        { "uint binary_with_decimal", () => F.MaxUintDouble(1, 1.0), U(1) },
        { "uint binary_first_arg_greater", () => F.MaxUintInt(5, -7), U(5) },
        { "uint binary_second_arg_greater", () => F.MaxIntUint(-3, 3), U(3) },
        { "uint binary_first_arg_uint_max", () => CelUint.Of(F.MaxUintUint(ulong.MaxValue, 1)), U(ulong.MaxValue) },
        { "uint ternary_same_args", () => F.MaxList(L(U(1), U(1), U(1))), U(1) },
        { "uint ternary_first_arg_greatest", () => F.MaxList(L(U(10), U(1), U(3))), U(10) },
        { "uint ternary_third_arg_greatest", () => F.MaxList(L(U(1), U(3), U(10))), U(10) },
        { "uint ternary_int_max", () => F.MaxList(L(U(ulong.MaxValue), U(1), U(5))), U(ulong.MaxValue) },
        { "uint quaternary_mixed", () => F.MaxList(L(D(5.4), I(10), U(3), D(-5.0), U(ulong.MaxValue))), U(ulong.MaxValue) },
        { "uint quaternary_mixed_array", () => F.MaxList(L(D(5.4), U(10), U(3), D(-5.0), D(3.5))), U(10) },
        { "uint quaternary_mixed_dyn_array", () => F.MaxList(L(D(5.4), U(10), U(3), D(-5.0), D(3.5))), U(10) },
    };

    public static TheoryData<string, Func<CelValue>, CelValue> Least => new()
    {
        // least_int_result
        { "unary_negative", () => CelInt.Of(F.OneInt(-5)), I(-5) },
        { "unary_positive", () => CelInt.Of(F.OneInt(5)), I(5) },
        { "binary_same_args", () => CelInt.Of(F.MinIntInt(1, 1)), I(1) },
        { "binary_with_uint", () => F.MinIntUint(1, 1), I(1) },
        { "binary_first_arg_least", () => CelInt.Of(F.MinIntInt(-3, 3)), I(-3) },
        { "binary_second_arg_least", () => CelInt.Of(F.MinIntInt(5, -7)), I(-7) },
        { "binary_first_arg_int_max", () => CelInt.Of(F.MinIntInt(long.MaxValue, 1)), I(1) },
        { "binary_second_arg_int_max", () => CelInt.Of(F.MinIntInt(1, long.MaxValue)), I(1) },
        { "binary_second_arg_int_min", () => CelInt.Of(F.MinIntInt(1, long.MinValue)), I(long.MinValue) },
        { "ternary_same_args", () => F.MinList(L(I(1), I(1), I(1))), I(1) },
        { "ternary_with_decimal", () => F.MinList(L(I(1), D(1.0), D(1.0))), I(1) },
        { "ternary_with_uint", () => F.MinList(L(I(1), U(1), U(1))), I(1) },
        { "ternary_first_arg_least", () => F.MinList(L(I(0), I(1), I(3))), I(0) },
        { "ternary_third_arg_least", () => F.MinList(L(I(1), I(3), I(0))), I(0) },
        { "ternary_int_max", () => F.MinList(L(I(long.MaxValue), I(1), I(5))), I(1) },
        { "quaternary_mixed", () => F.MinList(L(D(5.4), I(10), U(3), D(-5.0), I(long.MaxValue))), D(-5.0) },
        { "quaternary_mixed_dyn_array", () => F.MinList(L(D(5.4), I(10), U(3), D(-5.0), D(3.5))), D(-5.0) },

        // least_double_result
        { "double unary_positive", () => CelDouble.Of(F.OneDouble(5.5)), D(5.5) },
        { "double binary_same_args", () => F.MinDoubleDouble(1.5, 1.5), D(1.5) },
        { "double binary_with_int", () => F.MinDoubleInt(1.0, 1), D(1.0) },
        { "double binary_first_arg_least", () => F.MinDoubleDouble(-3.5, 3.5), D(-3.5) },
        { "double binary_second_arg_least", () => F.MinDoubleDouble(5.5, -7.5), D(-7.5) },
        { "double binary_first_arg_double_max", () => F.MinDoubleDouble(1.797693e308, 1.5), D(1.5) },
        { "double binary_second_arg_double_min", () => F.MinDoubleDouble(1.5, -1.797693e308), D(-1.797693e308) },
        { "double ternary_with_int", () => F.MinList(L(D(1.0), I(1), I(1))), D(1.0) },
        { "double ternary_with_uint", () => F.MinList(L(D(1.0), U(1), U(1))), D(1.0) },
        { "double ternary_first_arg_least", () => F.MinList(L(D(0.5), D(1.5), D(3.5))), D(0.5) },
        { "double ternary_with_negatives", () => F.MinList(L(D(-1.5), D(-2.5), D(-3.5))), D(-3.5) },
        { "double ternary_double_min", () => F.MinList(L(D(-1.797693e308), I(-1), I(-5))), D(-1.797693e308) },
        { "double quaternary_mixed", () => F.MinList(L(D(5.4), I(10), U(3), D(-5.0), D(1.797693e308))), D(-5.0) },

        // least_uint_result
        { "uint unary", () => CelUint.Of(F.OneUint(5)), U(5) },
        { "uint binary_with_decimal", () => F.MinUintDouble(1, 1.0), U(1) },
        { "uint binary_with_int", () => F.MinUintInt(1, 1), U(1) },
        { "uint binary_first_arg_least", () => CelUint.Of(F.MinUintUint(1, 3)), U(1) },
        { "uint binary_second_arg_least", () => CelUint.Of(F.MinUintUint(5, 2)), U(2) },
        { "uint binary_second_arg_uint_max", () => CelUint.Of(F.MinUintUint(1, ulong.MaxValue)), U(1) },
        { "uint ternary_same_args", () => F.MinList(L(U(1), U(1), U(1))), U(1) },
        { "uint ternary_with_int", () => F.MinList(L(U(1), I(1), I(1))), U(1) },
        { "uint ternary_first_arg_least", () => F.MinList(L(U(1), U(10), U(3))), U(1) },
        { "uint ternary_uint_max", () => F.MinList(L(U(ulong.MaxValue), U(1), U(5))), U(1) },
        { "uint quaternary_mixed_array", () => F.MinList(L(D(5.4), U(10), U(3), U(1), D(3.5))), U(1) },
        { "uint quaternary_mixed_dyn_array", () => F.MinList(L(D(5.4), U(10), U(3), U(1), D(3.5))), U(1) },
    };

    [Theory]
    [MemberData(nameof(Greatest))]
    public void Greatest_conformance_cases_pass(string name, Func<CelValue> call, CelValue expected)
    {
        Assert.NotEmpty(name);
        Same(expected, call());
    }

    [Theory]
    [MemberData(nameof(Least))]
    public void Least_conformance_cases_pass(string name, Func<CelValue> call, CelValue expected)
    {
        Assert.NotEmpty(name);
        Same(expected, call());
    }

    [Fact]
    public void Mixed_pairs_return_the_winner_in_its_own_type()
    {
        Same(D(2.5), F.MaxIntDouble(2, 2.5));
        Same(I(3), F.MaxDoubleInt(2.5, 3));
        Same(I(-1), F.MinIntUint(-1, 0));
        Same(U(0), F.MaxIntUint(-1, 0));
        Same(U(ulong.MaxValue), F.MaxDoubleUint(1e3, ulong.MaxValue));
        Same(D(-0.5), F.MinUintDouble(0, -0.5));
        Same(I(long.MinValue), F.MinIntDouble(long.MinValue, 0.0));
    }

    [Fact]
    public void Equal_values_of_different_kinds_keep_the_first_argument()
    {
        Same(U(7), F.MaxUintInt(7, 7));
        Same(I(7), F.MinIntUint(7, 7));
        Same(D(7.0), F.MaxDoubleUint(7.0, 7));
        Same(U(7), F.MaxList(L(U(7), I(7), D(7.0))));
        Same(D(7.0), F.MinList(L(D(7.0), U(7), I(7))));
    }

    [Fact]
    public void An_empty_list_is_an_error()
    {
        Error("must not be empty", F.MaxList(CelList.Empty));
        Error("must not be empty", F.MinList(CelList.Empty));
    }

    [Fact]
    public void A_list_element_that_is_not_a_number_is_no_such_overload()
    {
        Error("no such overload", F.MaxList(L(I(1), CelString.Of("2"))));
        Error("no such overload", F.MinList(L(CelBool.True)));
    }

    [Fact]
    public void NaN_cannot_be_ordered()
    {
        Error("NaN", F.MaxDoubleDouble(1.0, double.NaN));
        Error("NaN", F.MinDoubleDouble(double.NaN, 1.0));
        Error("NaN", F.MaxIntDouble(1, double.NaN));
        Error("NaN", F.MinDoubleUint(double.NaN, 1));
        Error("NaN", F.MaxList(L(D(1.0), D(double.NaN), D(2.0))));
        // One value needs no comparison, as with the one-argument form.
        Same(D(double.NaN), F.MaxList(L(D(double.NaN))));
        Same(D(double.NaN), CelDouble.Of(F.OneDouble(double.NaN)));
    }

    [Fact]
    public void Int_and_double_near_the_int_limit_compare_as_doubles()
    {
        // 2^63 - 1 converts to 2^63, so the two are equal and the first argument wins.
        Same(I(long.MaxValue), F.MaxIntDouble(long.MaxValue, 9223372036854775808.0));
        Same(D(9223372036854775808.0), F.MaxDoubleInt(9223372036854775808.0, long.MaxValue));
    }

    [Fact]
    public void The_macro_target_names_are_the_cel_go_ones()
    {
        Assert.Equal("math.@max", MathLibrary.MaxFunction);
        Assert.Equal("math.@min", MathLibrary.MinFunction);
    }
}
