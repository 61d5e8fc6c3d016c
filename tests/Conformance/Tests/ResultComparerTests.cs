using Policy.Conformance.Comparison;
using Policy.Runtime.Types;
using Policy.Runtime.Values;

namespace Policy.Conformance.Tests;

public sealed class ResultComparerTests
{
    private static CelValue Map(params (CelValue Key, CelValue Value)[] entries) =>
        CelMap.Create([.. entries.Select(e => e.Key)], [.. entries.Select(e => e.Value)]);

    private static CelList List(params CelValue[] items) => CelList.Wrap(items);

    [Fact]
    public void Numbers_of_different_kinds_do_not_match_although_cel_calls_them_equal()
    {
        Assert.True(CelInt.Of(1).CelEquals(CelUint.Of(1)));
        Assert.Contains("expected 1 (int)", ResultComparer.Difference(CelInt.Of(1), CelUint.Of(1)), StringComparison.Ordinal);
        Assert.NotNull(ResultComparer.Difference(CelInt.Of(1), CelDouble.Of(1)));
        Assert.NotNull(ResultComparer.Difference(CelUint.Of(1), CelDouble.Of(1)));
        Assert.Null(ResultComparer.Difference(CelUint.Of(7), CelUint.Of(7)));
        Assert.NotNull(ResultComparer.Difference(CelInt.Of(7), CelInt.Of(8)));
    }

    [Fact]
    public void Nan_matches_nan_and_other_doubles_compare_by_value()
    {
        Assert.Null(ResultComparer.Difference(CelDouble.Of(double.NaN), CelDouble.Of(-double.NaN)));
        Assert.NotNull(ResultComparer.Difference(CelDouble.Of(double.NaN), CelDouble.Of(1)));
        Assert.NotNull(ResultComparer.Difference(CelDouble.Of(1), CelDouble.Of(double.NaN)));
        Assert.Null(ResultComparer.Difference(CelDouble.Of(double.PositiveInfinity), CelDouble.Of(double.PositiveInfinity)));
        Assert.Null(ResultComparer.Difference(CelDouble.Of(0.0), CelDouble.Of(-0.0)));
    }

    [Fact]
    public void Scalars_of_other_kinds_compare_exactly()
    {
        Assert.Null(ResultComparer.Difference(CelNull.Instance, CelNull.Instance));
        Assert.NotNull(ResultComparer.Difference(CelNull.Instance, CelBool.False));
        Assert.Null(ResultComparer.Difference(CelString.Of("ÿ"), CelString.Of("ÿ")));
        Assert.NotNull(ResultComparer.Difference(CelString.Of("a"), CelBytes.FromString("a")));
        Assert.Null(ResultComparer.Difference(CelBytes.Wrap([1, 2]), CelBytes.Wrap([1, 2])));
        Assert.NotNull(ResultComparer.Difference(CelBytes.Wrap([1, 2]), CelBytes.Wrap([2, 1])));
        Assert.Null(ResultComparer.Difference(CelDuration.Of(5), CelDuration.Of(5)));
        Assert.NotNull(ResultComparer.Difference(CelDuration.Of(5), CelDuration.Of(6)));
    }

    [Fact]
    public void Lists_compare_in_order_with_the_path_of_the_difference()
    {
        Assert.Null(ResultComparer.Difference(List(CelInt.Of(1), CelString.Of("a")), List(CelInt.Of(1), CelString.Of("a"))));
        Assert.NotNull(ResultComparer.Difference(List(CelInt.Of(1), CelInt.Of(2)), List(CelInt.Of(2), CelInt.Of(1))));
        Assert.Contains("2 elements", ResultComparer.Difference(List(CelInt.Of(1), CelInt.Of(2)), List(CelInt.Of(1))), StringComparison.Ordinal);
        Assert.StartsWith("at [1][0]:", ResultComparer.Difference(List(CelInt.Of(1), List(CelInt.Of(2))), List(CelInt.Of(1), List(CelUint.Of(2)))), StringComparison.Ordinal);
    }

    [Fact]
    public void Maps_ignore_entry_order_but_not_key_kinds()
    {
        var expected = Map((CelString.Of("k"), CelString.Of("v")), (CelString.Of("k1"), CelString.Of("v1")));
        var reordered = Map((CelString.Of("k1"), CelString.Of("v1")), (CelString.Of("k"), CelString.Of("v")));
        Assert.Null(ResultComparer.Difference(expected, reordered));
        Assert.NotNull(ResultComparer.Difference(Map((CelInt.Of(1), CelBool.True)), Map((CelUint.Of(1), CelBool.True))));
        Assert.NotNull(ResultComparer.Difference(Map((CelInt.Of(1), CelInt.Of(1))), Map((CelInt.Of(1), CelDouble.Of(1)))));
        Assert.NotNull(ResultComparer.Difference(expected, Map((CelString.Of("k"), CelString.Of("v")))));
    }

    [Fact]
    public void Type_values_compare_by_name()
    {
        Assert.Null(ResultComparer.Difference(CelTypeValue.Of(CelType.ListOfDyn), CelTypeValue.Of(CelType.List(CelType.Int))));
        Assert.Null(ResultComparer.Difference(CelTypeValue.Of(CelType.Opaque("pkg.T")), CelTypeValue.Of(CelType.Message("pkg.T"))));
        Assert.NotNull(ResultComparer.Difference(CelTypeValue.Of(CelType.Int), CelTypeValue.Of(CelType.Uint)));
    }

    [Fact]
    public void Optionals_compare_structurally()
    {
        Assert.Null(ResultComparer.Difference(CelOptional.None, CelOptional.None));
        Assert.Null(ResultComparer.Difference(CelOptional.Of(CelInt.Of(1)), CelOptional.Of(CelInt.Of(1))));
        Assert.NotNull(ResultComparer.Difference(CelOptional.Of(CelInt.Of(1)), CelOptional.Of(CelUint.Of(1))));
        Assert.NotNull(ResultComparer.Difference(CelOptional.Of(CelInt.Of(1)), CelOptional.None));
        Assert.NotNull(ResultComparer.Difference(CelInt.Of(1), CelOptional.Of(CelInt.Of(1))));
    }

    [Fact]
    public void An_error_never_matches_a_value()
    {
        var d = ResultComparer.Difference(CelBool.True, CelError.Of("boom"));
        Assert.Equal("expected true (bool), got error: boom", d);
    }

    [Fact]
    public void Deduced_types_compare_structurally()
    {
        Assert.Null(ResultComparer.TypeDifference(CelType.List(CelType.Int), CelType.List(CelType.Int)));
        Assert.Equal("expected deduced type list(int), got list(dyn)", ResultComparer.TypeDifference(CelType.List(CelType.Int), CelType.ListOfDyn));
        Assert.Contains("reported none", ResultComparer.TypeDifference(CelType.Int, null), StringComparison.Ordinal);
    }
}
