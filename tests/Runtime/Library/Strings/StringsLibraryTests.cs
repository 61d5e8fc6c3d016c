using Policy.Runtime.Functions;
using Policy.Runtime.Library.Strings;
using Policy.Runtime.Values;
using static Policy.Runtime.Tests.Library.Strings.Cel;

namespace Policy.Runtime.Tests.Library.Strings;

public class StringsLibraryTests
{
    private static readonly StringsLibrary Library = new();

    private static FunctionDecl Function(string name) => Assert.Single(Library.Functions, f => f.Name == name);

    /// <summary>Calls the one overload of <paramref name="name"/> that accepts the arguments, or returns null when none does.</summary>
    private static CelValue? Call(string name, params CelValue[] args)
    {
        var matching = Function(name).Overloads.Where(o => o.Accepts(args)).ToList();
        return matching.Count switch
        {
            0 => null,
            1 => matching[0].Invoke(args),
            _ => throw new Xunit.Sdk.XunitException($"{matching.Count} overloads of {name} accept the arguments"),
        };
    }

    [Fact]
    public void Declares_the_cel_go_overload_ids()
    {
        Assert.Equal("strings", Library.Name);
        var ids = Library.Functions.SelectMany(f => f.Overloads.Select(o => $"{f.Name}:{o.Id}")).ToArray();
        Assert.Equal(
        [
            "charAt:string_char_at_int",
            "indexOf:string_index_of_string", "indexOf:string_index_of_string_int",
            "lastIndexOf:string_last_index_of_string", "lastIndexOf:string_last_index_of_string_int",
            "lowerAscii:string_lower_ascii", "upperAscii:string_upper_ascii",
            "replace:string_replace_string_string", "replace:string_replace_string_string_int",
            "split:string_split_string", "split:string_split_string_int",
            "substring:string_substring_int", "substring:string_substring_int_int",
            "trim:string_trim", "reverse:string_reverse",
            "join:list_join", "join:list_join_string",
            "format:string_format", "strings.quote:strings_quote",
        ], ids);
    }

    [Fact]
    public void Every_overload_but_quote_is_receiver_style_and_has_a_static_method()
    {
        foreach (var f in Library.Functions)
        {
            foreach (var o in f.Overloads)
            {
                Assert.Equal(f.Name != "strings.quote", o.IsInstance);
                Assert.NotNull(o.Method);
                Assert.True(o.Method!.IsPublic);
            }
        }
    }

    [Fact]
    public void Calls_through_the_declarations_reach_the_implementations()
    {
        Assert.Equal("o", AsText(Call("charAt", Str("tacocat"), CelInt.Of(3))!));
        Assert.Equal(5, AsInt(Call("indexOf", Str("tacocat"), Str("a"), CelInt.Of(3))!));
        Assert.Equal(4, AsInt(Call("lastIndexOf", Str("ta©o©αT"), Str("©"))!));
        Assert.Equal("wello hello", AsText(Call("replace", Str("hello hello"), Str("he"), Str("we"), CelInt.Of(1))!));
        Assert.Equal(["a", "b,c"], AsTexts(Call("split", Str("a,b,c"), Str(","), CelInt.Of(2))!));
        Assert.Equal("a-b", AsText(Call("join", StrList("a", "b"), Str("-"))!));
        Assert.Equal("x=1", AsText(Call("format", Str("x=%d"), List(CelInt.Of(1)))!));
        Assert.Equal("\"a\\n\"", AsText(Call("strings.quote", Str("a\n"))!));
        Assert.Equal("text", AsText(Call("trim", Str("  text "))!));
        Assert.Equal("cba", AsText(Call("reverse", Str("abc"))!));
        Assert.Equal("abc", AsText(Call("lowerAscii", Str("ABC"))!));
        Assert.Equal("ABC", AsText(Call("upperAscii", Str("abc"))!));
        Assert.Equal("cat", AsText(Call("substring", Str("tacocat"), CelInt.Of(4))!));
        Assert.Equal("taco", AsText(Call("substring", Str("tacocat"), CelInt.Of(0), CelInt.Of(4))!));
    }

    public static TheoryData<string, CelValue[]> TypeErrors => new()
    {
        { "charAt", [CelInt.Of(42), CelInt.Of(2)] },
        { "indexOf", [CelInt.Of(24), Str("2")] },
        { "indexOf", [Str("hello"), CelBool.True] },
        { "indexOf", [Str("42"), CelInt.Of(4), CelInt.Of(0)] },
        { "indexOf", [Str("42"), Str("4"), Str("0")] },
        { "indexOf", [Str("42"), Str("4"), CelInt.Of(0), CelInt.Of(1)] },
        { "replace", [Str("42"), CelInt.Of(2), CelInt.Of(1)] },
        { "replace", [Str("42"), CelInt.Of(2), Str("1"), CelInt.Of(1)] },
        { "replace", [Str("42"), Str("2"), CelInt.Of(1), CelInt.Of(1)] },
        { "replace", [Str("42"), Str("2"), Str("1"), Str("1")] },
        { "replace", [Str("42"), Str("2"), Str("1"), CelInt.Of(1), CelBool.False] },
        { "split", [Str("42"), CelInt.Of(2)] },
        { "split", [CelInt.Of(42), Str("2"), Str("1")] },
        { "split", [Str("42"), CelInt.Of(2), CelInt.Of(1)] },
        { "split", [Str("42"), Str("2"), CelInt.Of(1), CelInt.Of(1)] },
        { "substring", [Str("hello"), CelInt.Of(1), CelInt.Of(2), CelInt.Of(3)] },
        { "substring", [CelInt.Of(30), CelBool.True, CelInt.Of(3)] },
        { "substring", [Str("tacocat"), CelBool.True, CelInt.Of(3)] },
        { "substring", [Str("tacocat"), CelInt.Of(0), CelBool.False] },
        { "join", [Str("ab")] },
        { "format", [Str("%s"), Str("not a list")] },
        { "charAt", [Str("abc"), CelUint.Of(1)] },
    };

    [Theory]
    [MemberData(nameof(TypeErrors))]
    public void Arguments_of_the_wrong_type_match_no_overload(string function, CelValue[] args)
    {
        Assert.Null(Call(function, args));
    }
}
