using Policy.Runtime.Library.Lists;
using Policy.Runtime.Types;
using Policy.Runtime.Values;
using static Policy.Runtime.Tests.Library.Lists.Cel;

namespace Policy.Runtime.Tests.Library.Lists;

/// <summary>The declarations of <see cref="ListsLibrary"/> and dispatch through them.</summary>
public class ListsLibraryTests
{
    private static readonly ListsLibrary Library = new();

    private static CelValue Call(string function, params CelValue[] args)
    {
        var decl = Assert.Single(Library.Functions, f => f.Name == function);
        foreach (var overload in decl.Overloads)
            if (overload.Accepts(args)) return overload.Invoke(args);
        return CelError.NoSuchOverload(function, args);
    }

    [Fact]
    public void The_library_is_named_lists_and_declares_every_function()
    {
        Assert.Equal("lists", Library.Name);
        Assert.Equal(
            ["slice", "flatten", "sort", "@sortByAssociatedKeys", "distinct", "lists.range", "reverse", "first", "last"],
            Library.Functions.Select(f => f.Name));
        Assert.Equal("@sortByAssociatedKeys", ListsLibrary.SortByAssociatedKeysFunction);
    }

    [Fact]
    public void Overload_ids_are_unique_and_every_overload_is_a_public_static_method()
    {
        var overloads = Library.Functions.SelectMany(f => f.Overloads).ToList();
        Assert.Equal(overloads.Count, overloads.Select(o => o.Id).Distinct().Count());
        Assert.All(overloads, o => Assert.True(o.Method is { IsPublic: true, IsStatic: true }, o.Id));
        // Everything but lists.range is receiver style.
        Assert.All(overloads.Where(o => o.Id != "lists_range"), o => Assert.True(o.IsInstance, o.Id));
    }

    [Fact]
    public void Sort_has_one_overload_per_orderable_type_with_cel_go_ids()
    {
        var sort = Library.Functions.Single(f => f.Name == "sort");
        Assert.Equal(
            [
                "list_int_sort", "list_uint_sort", "list_double_sort", "list_bool_sort",
                "list_google.protobuf.Duration_sort", "list_google.protobuf.Timestamp_sort",
                "list_string_sort", "list_bytes_sort",
            ],
            sort.Overloads.Select(o => o.Id));
        var by = Library.Functions.Single(f => f.Name == "@sortByAssociatedKeys");
        Assert.All(by.Overloads, o => Assert.EndsWith("_sortByAssociatedKeys", o.Id, StringComparison.Ordinal));
        Assert.Equal(8, by.Overloads.Length);
    }

    [Fact]
    public void First_and_last_return_optional_types()
    {
        var first = Library.Functions.Single(f => f.Name == "first").Overloads.Single();
        Assert.Equal("list_first", first.Id);
        Assert.True(first.Result.IsOptional);
        Assert.Equal(CelType.Param("T"), first.Result.Parameters[0]);
    }

    [Fact]
    public void Calls_through_the_declarations_reach_the_implementations()
    {
        SameList(Ints(2, 3), Call("slice", Ints(1, 2, 3, 4), I(1), I(3)));
        SameList(Ints(1, 2, 3), Call("flatten", L(I(1), Ints(2, 3))));
        SameList(L(I(1), I(2), Ints(3)), Call("flatten", L(I(1), L(I(2), Ints(3))), I(1)));
        Error("must not be negative", Call("flatten", Ints(1), I(-1)));
        SameList(Ints(1, 2, 3), Call("sort", Ints(3, 1, 2)));
        Error("same type", Call("sort", L(I(1), S("b"))));
        SameList(L(S("b"), S("a")), Call("@sortByAssociatedKeys", L(S("a"), S("b")), Ints(2, 1)));
        SameList(Ints(1, 2), Call("distinct", Ints(1, 1, 2)));
        SameList(Ints(0, 1, 2), Call("lists.range", I(3)));
        SameList(Ints(3, 2, 1), Call("reverse", Ints(1, 2, 3)));
        Assert.True(CelOptional.None.CelEquals(Call("first", Ints())));
        Assert.True(CelOptional.Of(I(3)).CelEquals(Call("last", Ints(1, 2, 3))));
        Error("no such overload", Call("slice", Ints(1, 2), D(0.0), I(1)));
        Error("no such overload", Call("lists.range", U(3)));
    }
}
