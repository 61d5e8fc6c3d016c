using Policy.Runtime.Values;
using static Policy.Runtime.Tests.Library.Lists.Cel;
using F = Policy.Runtime.Library.Lists.ListFunctions;

namespace Policy.Runtime.Tests.Library.Lists;

/// <summary>sort and @sortByAssociatedKeys (the run-time half of sortBy).</summary>
public class ListSortTests
{
    [Fact]
    public void Sort_orders_each_orderable_kind()
    {
        SameList(Ints(1, 2, 3), F.Sort(Ints(3, 2, 1)));
        SameList(L(S("a"), S("b"), S("c")), F.Sort(L(S("b"), S("c"), S("a"))));
        SameList(L(U(0), U(7), U(ulong.MaxValue)), F.Sort(L(U(ulong.MaxValue), U(0), U(7))));
        SameList(L(D(double.NegativeInfinity), D(-1.5), D(0.25)), F.Sort(L(D(0.25), D(double.NegativeInfinity), D(-1.5))));
        SameList(L(CelBool.False, CelBool.True, CelBool.True), F.Sort(L(CelBool.True, CelBool.False, CelBool.True)));
        SameList(L(CelBytes.FromString("a"), CelBytes.FromString("ab"), CelBytes.FromString("b")),
            F.Sort(L(CelBytes.FromString("b"), CelBytes.FromString("a"), CelBytes.FromString("ab"))));
        SameList(L(CelDuration.Of(-5), CelDuration.Of(1), CelDuration.Of(3)),
            F.Sort(L(CelDuration.Of(3), CelDuration.Of(-5), CelDuration.Of(1))));
        SameList(L(CelTimestamp.Create(0, 0), CelTimestamp.Create(0, 1), CelTimestamp.Create(10, 0)),
            F.Sort(L(CelTimestamp.Create(10, 0), CelTimestamp.Create(0, 0), CelTimestamp.Create(0, 1))));
    }

    [Fact]
    public void Sort_orders_strings_by_code_point()
    {
        // U+FF61 sorts before U+1F600 by code point, though not by UTF-16 unit.
        SameList(L(S("a"), S("\uFF61"), S("\U0001F600")), F.Sort(L(S("\U0001F600"), S("\uFF61"), S("a"))));
    }

    [Fact]
    public void Sort_of_empty_and_single_lists()
    {
        SameList(Ints(), F.Sort(Ints()));
        SameList(Ints(9), F.Sort(Ints(9)));
    }

    [Fact]
    public void Sort_rejects_mixed_types()
    {
        Error("same type", F.Sort(L(I(1), S("b"))));
        Error("same type", F.Sort(L(I(1), U(2))));
        Error("same type", F.Sort(L(D(1.0), I(2), D(0.5))));
    }

    [Fact]
    public void Sort_rejects_elements_without_an_order()
    {
        Error("comparable", F.Sort(L(Ints(1, 2, 3))));
        Error("comparable", F.Sort(L(CelNull.Instance, CelNull.Instance)));
        Error("comparable", F.Sort(L(CelMap.Empty)));
        Error("NaN", F.Sort(L(D(1.0), D(double.NaN))));
    }

    [Fact]
    public void Sort_by_associated_keys_orders_by_the_keys()
    {
        SameList(L(S("bar"), S("baz"), S("foo")), F.SortByAssociatedKeys(L(S("foo"), S("bar"), S("baz")), Ints(3, 1, 2)));
        // The keys need an order; the elements do not.
        SameList(L(Ints(2), CelMap.Empty, CelNull.Instance),
            F.SortByAssociatedKeys(L(CelNull.Instance, Ints(2), CelMap.Empty), L(S("z"), S("a"), S("m"))));
    }

    [Fact]
    public void Sort_by_is_stable_for_equal_keys()
    {
        var names = L(S("d"), S("a"), S("c"), S("b"), S("e"));
        var scores = Ints(2, 1, 2, 1, 0);
        SameList(L(S("e"), S("a"), S("b"), S("d"), S("c")), F.SortByAssociatedKeys(names, scores));
    }

    [Fact]
    public void Sort_by_associated_keys_rejects_bad_keys()
    {
        Error("3 elements but there are 2 keys", F.SortByAssociatedKeys(Ints(1, 2, 3), Ints(1, 2)));
        Error("same type", F.SortByAssociatedKeys(Ints(1, 2), L(I(1), D(2.0))));
        Error("comparable", F.SortByAssociatedKeys(Ints(1), L(Ints(1))));
        SameList(Ints(), F.SortByAssociatedKeys(Ints(), Ints()));
    }
}
