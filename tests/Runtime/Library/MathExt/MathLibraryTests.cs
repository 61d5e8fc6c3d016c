using Policy.Runtime.Functions;
using Policy.Runtime.Library.MathExt;
using Policy.Runtime.Values;
using static Policy.Runtime.Tests.Library.MathExt.Cel;

namespace Policy.Runtime.Tests.Library.MathExt;

/// <summary>
/// The declarations of <see cref="MathLibrary"/>: names, overload ids, static method groups, and
/// run-time dispatch (the conformance dyn_error cases).
/// </summary>
public class MathLibraryTests
{
    private static readonly MathLibrary Library = new();

    /// <summary>Calls the first overload of <paramref name="function"/> that accepts the arguments, as an interpreter would.</summary>
    private static CelValue Call(string function, params CelValue[] args)
    {
        var decl = Assert.Single(Library.Functions, f => f.Name == function);
        foreach (var overload in decl.Overloads)
            if (overload.Accepts(args)) return overload.Invoke(args);
        return CelError.NoSuchOverload(function, args);
    }

    [Fact]
    public void The_library_is_named_math_and_declares_every_function()
    {
        Assert.Equal("math", Library.Name);
        Assert.Equal(
            [
                "math.@max", "math.@min", "math.ceil", "math.floor", "math.round", "math.trunc",
                "math.isNaN", "math.isInf", "math.isFinite", "math.abs", "math.sign", "math.sqrt",
                "math.bitAnd", "math.bitOr", "math.bitXor", "math.bitNot", "math.bitShiftLeft", "math.bitShiftRight",
            ],
            Library.Functions.Select(f => f.Name));
    }

    [Fact]
    public void Overload_ids_are_unique_and_every_overload_is_a_public_static_method()
    {
        var overloads = Library.Functions.SelectMany(f => f.Overloads).ToList();
        Assert.Equal(overloads.Count, overloads.Select(o => o.Id).Distinct().Count());
        Assert.All(overloads, o =>
        {
            Assert.NotNull(o.Method);
            Assert.True(o.Method!.IsPublic, o.Id);
            Assert.False(o.IsInstance, o.Id);
            Assert.StartsWith("math_", o.Id, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_macro_targets_have_the_one_two_and_list_forms()
    {
        var max = Library.Functions.Single(f => f.Name == MathLibrary.MaxFunction);
        Assert.Equal(16, max.Overloads.Length);
        Assert.Contains(max.Overloads, o => o.Id == "math_@max_int_uint");
        Assert.Contains(max.Overloads, o => o.Id == "math_@max_list_dyn");
        var min = Library.Functions.Single(f => f.Name == MathLibrary.MinFunction);
        Assert.Equal(max.Overloads.Select(o => o.Id.Replace("@max", "@min", StringComparison.Ordinal)), min.Overloads.Select(o => o.Id));
    }

    [Theory]
    [InlineData("math.ceil")] // ceil/dyn_error: math.ceil(dyn(1))
    [InlineData("math.floor")] // floor/dyn_error
    [InlineData("math.round")] // round/dyn_error
    [InlineData("math.trunc")] // trunc/dyn_error
    public void Rounding_an_int_is_no_such_overload(string function) =>
        Error("no such overload", Call(function, I(1)));

    [Fact]
    public void Wrong_argument_kinds_are_no_such_overload()
    {
        Error("no such overload", Call("math.isNaN", CelBool.True)); // isNaN/dyn_error
        Error("no such overload", Call("math.isInf", CelBool.True)); // isInf/dyn_error
        Error("no such overload", Call("math.bitAnd", U(2), CelString.Of(""))); // bit_and/int_dyn_error
        Error("no such overload", Call("math.bitOr", D(1.2), I(1))); // bit_or/dyn_int_error
        Error("no such overload", Call("math.bitXor", CelList.Empty, L(I(1)))); // bit_xor/dyn_dyn_error
        Error("no such overload", Call("math.bitShiftLeft", D(4.3), I(1))); // bit_shift_left/dyn_int_error
        Error("no such overload", Call("math.bitAnd", I(1), U(1)));
        Error("no such overload", Call("math.@max", CelString.Of("a")));
    }

    [Fact]
    public void Calls_through_the_declarations_reach_the_implementations()
    {
        Same(I(-5), Call("math.@max", I(-5)));
        Same(U(3), Call("math.@max", I(-3), U(3)));
        Same(D(-5.0), Call("math.@min", L(D(5.4), I(10), U(3), D(-5.0))));
        Error("must not be empty", Call("math.@min", CelList.Empty));
        Same(D(-2.0), Call("math.round", D(-1.5)));
        Error("overflow", Call("math.abs", I(long.MinValue)));
        Same(U(18446744073709551614), Call("math.bitNot", U(1)));
        Same(I(2305843009213693824), Call("math.bitShiftRight", I(-1024), I(3)));
        Error("negative offset", Call("math.bitShiftLeft", U(1), I(-1)));
        Same(D(3.0), Call("math.sqrt", U(9)));
        Same(CelBool.True, Call("math.isFinite", D(1.0)));
    }
}
