using Policy.Runtime.Values;
using static Policy.Runtime.Tests.Library.Ngrok.Cel;
using F = Policy.Runtime.Library.Ngrok.NgrokFunctions;

namespace Policy.Runtime.Tests.Library.Ngrok;

public class JsonDecodeTests
{
    [Fact]
    public void Object_becomes_a_string_keyed_map()
    {
        var v = F.JsonDecode("""{"a":"b"}""");
        Assert.Equal("b", AsText(Field(v, "a")));
        Assert.Equal(1, Assert.IsAssignableFrom<CelMap>(v).Count);
    }

    [Fact]
    public void Array_becomes_a_list()
    {
        var v = Assert.IsAssignableFrom<CelList>(F.JsonDecode("""["a","b","c"]"""));
        Assert.Equal(["a", "b", "c"], v.Select(AsText));
    }

    [Fact]
    public void Every_number_is_a_double_and_literals_keep_their_kind()
    {
        var v = Field(F.JsonDecode(""" {"a" : [1, 2.5, -3e2, 0.5e-3, true, false, null]} """), "a");
        var items = Assert.IsAssignableFrom<CelList>(v);
        Assert.Equal(CelDouble.Of(1), items[0]);
        Assert.IsType<CelDouble>(items[0]);
        Assert.Equal(CelDouble.Of(2.5), items[1]);
        Assert.Equal(CelDouble.Of(-300), items[2]);
        Assert.Equal(CelDouble.Of(0.0005), items[3]);
        Assert.Same(CelBool.True, items[4]);
        Assert.Same(CelBool.False, items[5]);
        Assert.Same(CelNull.Instance, items[6]);
    }

    [Fact]
    public void Scalar_documents_are_accepted()
    {
        Assert.Equal(CelDouble.Of(1), F.JsonDecode("1"));
        Assert.Equal("x", AsText(F.JsonDecode("\"x\"")));
        Assert.Same(CelNull.Instance, F.JsonDecode(" null "));
    }

    [Fact]
    public void Big_integers_lose_precision_as_doubles_and_tiny_ones_round_to_zero()
    {
        Assert.Equal(CelDouble.Of(12345678901234567890d), F.JsonDecode("12345678901234567890"));
        Assert.Equal(CelDouble.Of(9007199254740992d), F.JsonDecode("9007199254740993"));
        Assert.Equal(CelDouble.Of(0), F.JsonDecode("1e-400"));
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("[1e309]")]
    public void Numbers_beyond_the_double_range_are_an_error_but_valid_json(string text)
    {
        Assert.Contains("cannot unmarshal number", AsError(F.JsonDecode(text)));
        Assert.True(F.IsJson(text));
    }

    [Fact]
    public void Unicode_escapes_decode_to_code_points()
    {
        Assert.Equal("é😀\u2028", AsText(F.JsonDecode("\"\\u00e9\\ud83d\\ude00\\u2028\"")));
        Assert.Equal("/\b\f\n\r\t\"\\", AsText(F.JsonDecode("""  "\/\b\f\n\r\t\"\\"  """)));
        Assert.Equal("é", AsText(F.JsonDecode("\"\\u00E9\"")));
    }

    [Theory]
    [InlineData("\"\\ud83d\"", "\uFFFD")]
    [InlineData("\"\\ude00\\ud83d\"", "\uFFFD\uFFFD")]
    [InlineData("\"\\ud83dx\"", "\uFFFDx")]
    [InlineData("\"\\ud83d\\u0041\"", "\uFFFDA")]
    public void Lone_surrogate_escapes_become_the_replacement_character(string text, string expected)
    {
        Assert.Equal(expected, AsText(F.JsonDecode(text)));
    }

    [Fact]
    public void Repeated_key_keeps_the_last_value()
    {
        Assert.Equal(CelDouble.Of(2), Field(F.JsonDecode("""{"a":1,"a":2}"""), "a"));
    }

    // Messages are Go's encoding/json wording.
    [Theory]
    [InlineData("", "unexpected end of JSON input")]
    [InlineData("{", "unexpected end of JSON input")]
    [InlineData("\"abc", "unexpected end of JSON input")]
    [InlineData("[1,]", "invalid character ']' looking for beginning of value")]
    [InlineData("{\"a\":1,}", "invalid character '}' looking for beginning of object key string")]
    [InlineData("{1:2}", "invalid character '1' looking for beginning of object key string")]
    [InlineData("{\"a\" 1}", "invalid character '1' after object key")]
    [InlineData("{\"a\":1 \"b\":2}", "invalid character '\"' after object key:value pair")]
    [InlineData("[1 2]", "invalid character '2' after array element")]
    [InlineData("01", "invalid character '1' after top-level value")]
    [InlineData("-01", "invalid character '1' after top-level value")]
    [InlineData("[] x", "invalid character 'x' after top-level value")]
    [InlineData("[1,2,3]]", "invalid character ']' after top-level value")]
    [InlineData("-", "invalid character ' ' in numeric literal")]
    [InlineData("1.", "invalid character ' ' after decimal point in numeric literal")]
    [InlineData("1.x", "invalid character 'x' after decimal point in numeric literal")]
    [InlineData("1e", "invalid character ' ' in exponent of numeric literal")]
    [InlineData("1e+", "invalid character ' ' in exponent of numeric literal")]
    [InlineData(".5", "invalid character '.' looking for beginning of value")]
    [InlineData("+1", "invalid character '+' looking for beginning of value")]
    [InlineData("tru", "invalid character ' ' in literal true (expecting 'e')")]
    [InlineData("trux", "invalid character 'x' in literal true (expecting 'e')")]
    [InlineData("nul", "invalid character ' ' in literal null (expecting 'l')")]
    [InlineData("\"a\nb\"", "invalid character '\\n' in string literal")]
    [InlineData("\"\\x\"", "invalid character 'x' in string escape code")]
    [InlineData("\"\\u12\"", "invalid character '\"' in \\u hexadecimal character escape")]
    [InlineData("\"\\u12zz\"", "invalid character 'z' in \\u hexadecimal character escape")]
    [InlineData("{\"a\":}", "invalid character '}' looking for beginning of value")]
    [InlineData("'a'", "invalid character '\\'' looking for beginning of value")]
    [InlineData("\uFEFF{}", "invalid character '\\ufeff' looking for beginning of value")]
    public void Invalid_json_is_an_error_and_not_json(string text, string message)
    {
        Assert.Equal(message, AsError(F.JsonDecode(text)));
        Assert.False(F.IsJson(text));
    }

    [Theory]
    [InlineData("{\"a\":\"b\",\"c\":\"d\"}", true)]
    [InlineData("not json", false)]
    [InlineData("[]", true)]
    [InlineData("{}", true)]
    [InlineData(" 1 ", true)]
    [InlineData("\t\r\n\"s\"\n", true)]
    [InlineData("\u00a0{}", false)]
    public void IsJson_follows_the_grammar(string text, bool expected)
    {
        Assert.Equal(expected, F.IsJson(text));
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_accepted_and_deeper_is_an_error()
    {
        var ok = new string('[', 128) + new string(']', 128);
        var tooDeep = new string('[', 129) + new string(']', 129);
        Assert.IsAssignableFrom<CelList>(F.JsonDecode(ok));
        Assert.Equal("json: exceeded max depth of 128", AsError(F.JsonDecode(tooDeep)));
        Assert.False(F.IsJson(tooDeep));
        var objects = string.Concat(Enumerable.Repeat("{\"a\":", 129)) + "1" + new string('}', 129);
        Assert.Equal("json: exceeded max depth of 128", AsError(F.JsonDecode(objects)));
    }

    [Fact]
    public void Very_deep_input_fails_without_exhausting_the_stack()
    {
        Assert.Equal("json: exceeded max depth of 128", AsError(F.JsonDecode(new string('[', 1_000_000))));
    }

    [Fact]
    public void Raw_non_ascii_text_and_a_lone_surrogate_character_in_strings()
    {
        Assert.Equal("ü😀", AsText(F.JsonDecode("\"ü😀\"")));
        Assert.Equal("a\uFFFDb", AsText(F.JsonDecode("\"a" + (char)0xD800 + "b\"")));
    }
}
