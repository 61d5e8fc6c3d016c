using Policy.Runtime.Values;
using static Policy.Runtime.Tests.Library.Ngrok.Cel;
using F = Policy.Runtime.Library.Ngrok.NgrokFunctions;

namespace Policy.Runtime.Tests.Library.Ngrok;

// Expected values are what Go's url.ParseQuery and url.Values.Encode give.
public class QueryStringTests
{
    private static string Show(CelValue decoded) =>
        string.Join(";", Assert.IsAssignableFrom<CelMap>(decoded).Keys.Select(k =>
            AsText(k) + "=" + string.Join(",", Assert.IsAssignableFrom<CelList>(Field(decoded, AsText(k))).Select(AsText))));

    [Theory]
    [InlineData("a=b&c=d", "a=b;c=d")]
    [InlineData("", "")]
    [InlineData("a=1&a=2&b", "a=1,2;b=")]
    [InlineData("a", "a=")]
    [InlineData("&&a=1&&", "a=1")]
    [InlineData("=x", "=x")]
    [InlineData("a=b=c", "a=b=c")]
    [InlineData("a+b=c%20d", "a b=c d")]
    [InlineData("x=%E2%9C%93", "x=✓")]
    [InlineData("k=v&k=&k", "k=v,,")]
    [InlineData("q=hello", "q=hello")]
    public void Decode_collects_values_per_key(string text, string expected)
    {
        Assert.Equal(expected, Show(F.QueryStringDecode(text)));
    }

    [Theory]
    [InlineData("a=%zz", "invalid URL escape \"%zz\"")]
    [InlineData("a=1;b=2", "invalid semicolon separator in query")]
    [InlineData("ok=1&a%=2", "invalid URL escape \"%\"")]
    public void Decode_rejects_bad_escapes_and_semicolons(string text, string message)
    {
        Assert.Equal(message, AsError(F.QueryStringDecode(text)));
    }

    [Fact]
    public void Decode_result_values_are_lists_of_strings()
    {
        var decoded = F.QueryStringDecode("q=hello");
        Assert.True(CelList.OfStrings(["hello"]).CelEquals(Field(decoded, "q")));
    }

    [Fact]
    public void Encode_sorts_keys_and_escapes_both_sides()
    {
        var map = Map((Str("b"), CelList.OfStrings(["2"])), (Str("a"), CelList.OfStrings(["1", "x y"])));
        Assert.Equal("a=1&a=x+y&b=2", AsText(F.QueryStringEncode(map)));
        Assert.Equal("A=&%C3%A9=%C3%BC", AsText(F.QueryStringEncode(Map((Str("é"), CelList.OfStrings(["ü"])), (Str("A"), CelList.OfStrings([""]))))));
        Assert.Equal("a%26b=c%3Dd", AsText(F.QueryStringEncode(Map((Str("a&b"), Str("c=d"))))));
    }

    [Fact]
    public void Encode_takes_plain_string_values_as_in_ngroks_examples()
    {
        Assert.Equal("a=b&c=d", AsText(F.QueryStringEncode(Map((Str("c"), Str("d")), (Str("a"), Str("b"))))));
        Assert.Equal("q=policy", AsText(F.QueryStringEncode(Map((Str("q"), Str("policy"))))));
    }

    [Fact]
    public void Encode_of_an_empty_list_or_map_writes_nothing()
    {
        Assert.Equal("", AsText(F.QueryStringEncode(Map((Str("k"), List())))));
        Assert.Equal("", AsText(F.QueryStringEncode(CelMap.Empty)));
    }

    [Fact]
    public void Encode_rejects_values_that_are_not_text()
    {
        Assert.Equal("queryString.encode: the value of 'page' must be a string or a list of strings, got int",
            AsError(F.QueryStringEncode(Map((Str("page"), CelInt.Of(2))))));
        Assert.Equal("queryString.encode: the value of 'x' must be a string or a list of strings, got bool",
            AsError(F.QueryStringEncode(Map((Str("x"), List(Str("a"), CelBool.True))))));
        Assert.Equal("queryString.encode: keys must be strings, got int", AsError(F.QueryStringEncode(Map((CelInt.Of(1), Str("a"))))));
    }

    [Fact]
    public void Decode_then_encode_gives_the_sorted_query_back()
    {
        const string query = "b=2&a=x+y&a=%2F&c=";
        Assert.Equal("a=x+y&a=%2F&b=2&c=", AsText(F.QueryStringEncode(Assert.IsAssignableFrom<CelMap>(F.QueryStringDecode(query)))));
    }

    [Theory]
    [InlineData("a=b&c=d", true)]
    [InlineData("not a query string", false)]
    [InlineData("q=hello%20world&page=2", true)]
    [InlineData("a=b&&c=d&", true)]
    [InlineData("a=", true)]
    [InlineData("a=b=c", true)]
    [InlineData("path=/x/y?z:@!$'()*+,", true)]
    [InlineData("", false)]
    [InlineData("&", false)]
    [InlineData("flag", false)]
    [InlineData("=x", false)]
    [InlineData("a=b;c=d", false)]
    [InlineData("a=%zz", false)]
    [InlineData("a=b c", false)]
    [InlineData("a=é", false)]
    [InlineData("a=b#c", false)]
    public void IsQueryString_accepts_key_value_pairs_in_query_syntax(string text, bool expected)
    {
        Assert.Equal(expected, F.IsQueryString(text));
    }
}
