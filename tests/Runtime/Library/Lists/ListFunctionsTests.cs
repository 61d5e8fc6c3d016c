using Policy.Runtime.Values;
using static Policy.Runtime.Tests.Library.Lists.Cel;
using F = Policy.Runtime.Library.Lists.ListFunctions;

namespace Policy.Runtime.Tests.Library.Lists;

/// <summary>slice, flatten, distinct, lists.range, reverse, first and last.</summary>
public class ListFunctionsTests
{
    [Fact]
    public void Slice_takes_start_inclusive_and_end_exclusive()
    {
        SameList(Ints(2, 3), F.Slice(Ints(1, 2, 3, 4), 1, 3));
        SameList(Ints(3, 4), F.Slice(Ints(1, 2, 3, 4), 2, 4));
        SameList(Ints(), F.Slice(Ints(1, 2, 3, 4), 4, 4));
        SameList(Ints(), F.Slice(Ints(), 0, 0));
        SameList(Ints(1, 2, 3, 4), F.Slice(Ints(1, 2, 3, 4), 0, 4));
    }

    [Theory]
    [InlineData(-1, 2, "negative")]
    [InlineData(1, -2, "negative")]
    [InlineData(3, 2, "start index")]
    [InlineData(1, 5, "only 4 elements")]
    [InlineData(5, 5, "only 4 elements")]
    [InlineData(0, long.MaxValue, "only 4 elements")]
    public void Slice_rejects_bad_indices(long start, long end, string fragment) =>
        Error(fragment, F.Slice(Ints(1, 2, 3, 4), start, end));

    [Fact]
    public void Flatten_without_depth_flattens_one_level()
    {
        SameList(Ints(1, 2, 3, 4), F.Flatten(L(I(1), Ints(2, 3), Ints(4))));
        SameList(L(I(1), I(2), Ints(3, 4)), F.Flatten(L(I(1), L(I(2), Ints(3, 4)))));
        SameList(Ints(1, 2, 3, 4), F.Flatten(L(I(1), I(2), Ints(), Ints(), Ints(3, 4))));
        SameList(Ints(1, 2), F.Flatten(Ints(1, 2)));
        SameList(Ints(), F.Flatten(Ints()));
    }

    [Fact]
    public void Flatten_with_depth_flattens_that_many_levels()
    {
        var nested = L(I(1), L(I(2), L(I(3), L(I(4)))));
        SameList(L(I(1), I(2), I(3), L(I(4))), F.FlattenDepth(nested, 2));
        SameList(Ints(1, 2, 3, 4), F.FlattenDepth(nested, 3));
        SameList(Ints(1, 2, 3, 4), F.FlattenDepth(nested, long.MaxValue));
        SameList(nested, F.FlattenDepth(nested, 0));
        SameList(L(I(1), I(2), L(I(3), L(I(4)))), F.FlattenDepth(nested, 1));
    }

    [Fact]
    public void Flatten_keeps_element_order_across_levels()
    {
        var list = L(L(I(1), L(I(2), I(3)), I(4)), I(5), L(L(L(I(6))), I(7)));
        SameList(Ints(1, 2, 3, 4, 5, 6, 7), F.FlattenDepth(list, 10));
    }

    [Fact]
    public void Flatten_with_a_negative_depth_is_an_error() =>
        Error("must not be negative", F.FlattenDepth(L(I(1), L(I(2), L(I(3), L(I(4))))), -1));

    [Fact]
    public void Flatten_handles_deep_nesting_without_recursion()
    {
        CelList deep = Ints(42);
        for (var i = 0; i < 100_000; i++) deep = L(deep);
        SameList(Ints(42), F.FlattenDepth(deep, long.MaxValue));
    }

    [Fact]
    public void Distinct_keeps_the_first_of_equal_elements_in_order()
    {
        SameList(Ints(1, 2, 3), F.Distinct(Ints(1, 2, 2, 3, 3, 3)));
        SameList(L(S("b"), S("c"), S("a")), F.Distinct(L(S("b"), S("b"), S("c"), S("a"), S("c"))));
        SameList(L(I(1), S("b"), I(2)), F.Distinct(L(I(1), S("b"), I(2), S("b"))));
        SameList(Ints(), F.Distinct(Ints()));
    }

    [Fact]
    public void Distinct_uses_CEL_equality_across_numeric_kinds()
    {
        SameList(L(I(1), D(2.5)), F.Distinct(L(I(1), D(1.0), U(1), D(2.5))));
        SameList(L(D(1.0), I(2)), F.Distinct(L(D(1.0), I(1), I(2), U(2))));
        SameList(L(Ints(1, 2), L(S("x"))), F.Distinct(L(Ints(1, 2), L(D(1.0), U(2)), L(S("x")))));
    }

    [Fact]
    public void Distinct_never_merges_NaN_because_NaN_equals_nothing()
    {
        var result = Assert.IsAssignableFrom<CelList>(F.Distinct(L(D(double.NaN), D(double.NaN), I(1))));
        Assert.Equal(3, result.Count);
    }

    [Fact]
    public void Range_counts_from_zero()
    {
        SameList(Ints(0, 1, 2, 3, 4), F.Range(5));
        SameList(Ints(), F.Range(0));
    }

    [Fact]
    public void Range_rejects_negative_and_huge_sizes()
    {
        Error("must not be negative", F.Range(-1));
        Error("limit", F.Range(F.MaxRangeSize + 1));
        Error("limit", F.Range(long.MaxValue));
    }

    [Fact]
    public void Reverse_reverses()
    {
        SameList(Ints(2, 1, 3, 5), F.Reverse(Ints(5, 3, 1, 2)));
        SameList(Ints(), F.Reverse(Ints()));
        SameList(L(S("a")), F.Reverse(L(S("a"))));
    }

    [Fact]
    public void First_and_last_are_optional_values()
    {
        Assert.True(CelOptional.Of(I(1)).CelEquals(F.First(Ints(1, 2, 3))));
        Assert.True(CelOptional.Of(I(3)).CelEquals(F.Last(Ints(1, 2, 3))));
        Assert.True(CelOptional.Of(S("x")).CelEquals(F.Last(L(S("x")))));
        Assert.False(F.First(Ints()).HasValue);
        Assert.False(F.Last(Ints()).HasValue);
    }
}
