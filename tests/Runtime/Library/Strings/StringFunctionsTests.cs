using Policy.Runtime.Library.Strings;
using Policy.Runtime.Values;
using static Policy.Runtime.Tests.Library.Strings.Cel;

namespace Policy.Runtime.Tests.Library.Strings;

// Cases named like string_ext.textproto's are that file's; the rest are edge cases.
public class StringFunctionsTests
{
    [Fact]
    public void CharAt_returns_the_code_point_or_empty_at_the_end()
    {
        Assert.Equal("o", AsText(StringFunctions.CharAt("tacocat", 3)));
        Assert.Equal("", AsText(StringFunctions.CharAt("tacocat", 7)));
        Assert.Equal("", AsText(StringFunctions.CharAt("", 0)));
    }

    [Fact]
    public void CharAt_out_of_range_is_an_error()
    {
        Assert.Equal("index out of range: 30", AsError(StringFunctions.CharAt("tacocat", 30)));
        Assert.Equal("index out of range: -1", AsError(StringFunctions.CharAt("tacocat", -1)));
        Assert.Equal("index out of range: 1", AsError(StringFunctions.CharAt("", 1)));
    }

    [Fact]
    public void CharAt_counts_a_surrogate_pair_as_one_character()
    {
        const string s = "a😀b";
        Assert.Equal("😀", AsText(StringFunctions.CharAt(s, 1)));
        Assert.Equal("b", AsText(StringFunctions.CharAt(s, 2)));
        Assert.Equal("", AsText(StringFunctions.CharAt(s, 3)));
        Assert.True(StringFunctions.CharAt(s, 4).IsError);
    }

    [Fact]
    public void IndexOf_conformance_cases()
    {
        Assert.Equal(1, StringFunctions.IndexOf("tacocat", "ac"));
        Assert.Equal(-1, StringFunctions.IndexOf("tacocat", "none"));
        Assert.Equal(5, AsInt(StringFunctions.IndexOf("tacocat", "a", 3)));
        Assert.Equal(5, AsInt(StringFunctions.IndexOf("tacocat", "at", 3)));
        Assert.Equal(2, StringFunctions.IndexOf("ta©o©αT", "©"));
        Assert.Equal(-1, AsInt(StringFunctions.IndexOf("ta©o©αT", "©α", 5)));
        Assert.Equal(2, StringFunctions.IndexOf("ijk", "k"));
        Assert.Equal(0, StringFunctions.IndexOf("hello wello", "hello wello"));
    }

    [Fact]
    public void IndexOf_of_the_empty_string_is_the_start_position()
    {
        Assert.Equal(0, StringFunctions.IndexOf("hello mellow", ""));
        Assert.Equal(2, AsInt(StringFunctions.IndexOf("hello mellow", "", 2)));
        Assert.Equal(0, StringFunctions.IndexOf("", ""));
        Assert.Equal(-1, StringFunctions.IndexOf("", "a"));
    }

    [Fact]
    public void IndexOf_with_a_start_outside_the_string_is_an_error()
    {
        Assert.Equal("index out of range: 20", AsError(StringFunctions.IndexOf("hello mellow", "ello", 20)));
        Assert.Equal("index out of range: -1", AsError(StringFunctions.IndexOf("hello mellow", "ello", -1)));
        Assert.Equal(7, AsInt(StringFunctions.IndexOf("hello mellow", "ello", 2)));
        Assert.Equal(-1, AsInt(StringFunctions.IndexOf("abc", "c", 3)));
    }

    [Fact]
    public void IndexOf_reports_code_point_positions_after_surrogate_pairs()
    {
        const string s = "😀x😀y";
        Assert.Equal(1, StringFunctions.IndexOf(s, "x"));
        Assert.Equal(3, StringFunctions.IndexOf(s, "y"));
        Assert.Equal(2, AsInt(StringFunctions.IndexOf(s, "😀", 1)));
        Assert.Equal(2, StringFunctions.LastIndexOf(s, "😀"));
    }

    [Fact]
    public void IndexOf_does_not_match_half_of_a_surrogate_pair()
    {
        const string s = "😀";
        Assert.Equal(-1, StringFunctions.IndexOf(s, "\uDE00"));
        Assert.Equal(-1, StringFunctions.LastIndexOf(s, "\uD83D"));
    }

    [Fact]
    public void LastIndexOf_conformance_cases()
    {
        Assert.Equal(-1, StringFunctions.LastIndexOf("", "@@"));
        Assert.Equal(7, StringFunctions.LastIndexOf("tacocat", ""));
        Assert.Equal(-1, StringFunctions.LastIndexOf("tacocat", "none"));
        Assert.Equal(3, AsInt(StringFunctions.LastIndexOf("tacocat", "", 3)));
        Assert.Equal(1, AsInt(StringFunctions.LastIndexOf("tacocat", "a", 3)));
        Assert.Equal(4, StringFunctions.LastIndexOf("ta©o©αT", "©"));
        Assert.Equal(4, AsInt(StringFunctions.LastIndexOf("ta©o©αT", "©α", 4)));
        Assert.Equal(1, AsInt(StringFunctions.LastIndexOf("hello wello", "ello", 6)));
        Assert.Equal(-1, StringFunctions.LastIndexOf("hello wello", "low"));
        Assert.Equal(-1, StringFunctions.LastIndexOf("hello wello", "elbo room!!"));
        Assert.Equal(0, StringFunctions.LastIndexOf("hello wello", "hello wello"));
    }

    [Fact]
    public void LastIndexOf_out_of_range_is_an_error()
    {
        Assert.Equal("index out of range: 30", AsError(StringFunctions.LastIndexOf("tacocat", "a", 30)));
        Assert.Equal("index out of range: -1", AsError(StringFunctions.LastIndexOf("hello mellow", "ello", -1)));
    }

    [Fact]
    public void LastIndexOf_with_a_position_finds_matches_starting_there_or_before()
    {
        Assert.Equal(7, StringFunctions.LastIndexOf("hello mellow", "ello"));
        Assert.Equal(7, AsInt(StringFunctions.LastIndexOf("hello mellow", "ello", 7)));
        Assert.Equal(1, AsInt(StringFunctions.LastIndexOf("hello mellow", "ello", 6)));
        Assert.Equal(7, AsInt(StringFunctions.LastIndexOf("hello mellow", "ello", 12)));
        Assert.Equal(0, AsInt(StringFunctions.LastIndexOf("aaa", "aa", 0)));
    }

    [Fact]
    public void Ascii_casing_leaves_other_letters_alone()
    {
        Assert.Equal("tacocat", StringFunctions.LowerAscii("TacoCat"));
        Assert.Equal("tacocÆt", StringFunctions.LowerAscii("TacoCÆt"));
        Assert.Equal("TACOCAT", StringFunctions.UpperAscii("tacoCat"));
        Assert.Equal("TACOCαT", StringFunctions.UpperAscii("tacoCαt"));
        Assert.Equal("TACOCÆT XII", StringFunctions.UpperAscii("TacoCÆt Xii"));
        Assert.Equal("ß😀", StringFunctions.UpperAscii("ß😀"));
        Assert.Equal("", StringFunctions.LowerAscii(""));
    }

    [Fact]
    public void Replace_conformance_cases()
    {
        Assert.Equal("2 days 2 hours", StringFunctions.Replace("{0} days {0} hours", "{0}", "2"));
        Assert.Equal("1 ©o©α taco", StringFunctions.Replace("1 ©αT taco", "αT", "o©α"));
    }

    [Fact]
    public void Replace_honours_the_limit()
    {
        Assert.Equal("wello wello", StringFunctions.Replace("hello hello", "he", "we"));
        Assert.Equal("wello wello", StringFunctions.Replace("hello hello", "he", "we", -1));
        Assert.Equal("wello hello", StringFunctions.Replace("hello hello", "he", "we", 1));
        Assert.Equal("hello hello", StringFunctions.Replace("hello hello", "he", "we", 0));
        Assert.Equal("ello ello", StringFunctions.Replace("hello hello", "h", ""));
        Assert.Equal("aaa", StringFunctions.Replace("aaa", "b", "c"));
    }

    [Fact]
    public void Replace_of_the_empty_string_inserts_around_every_code_point()
    {
        Assert.Equal("_h_e_l_l_o_ _h_e_l_l_o_", StringFunctions.Replace("hello hello", "", "_"));
        Assert.Equal("_😀_a_", StringFunctions.Replace("😀a", "", "_"));
        Assert.Equal("_😀_a", StringFunctions.Replace("😀a", "", "_", 2));
        Assert.Equal("_", StringFunctions.Replace("", "", "_"));
    }

    [Fact]
    public void Replace_with_four_arguments_goes_through_the_array_overload()
    {
        var r = StringFunctions.ReplaceLimited([Str("a-b-c"), Str("-"), Str("+"), CelInt.Of(1)]);
        Assert.Equal("a+b-c", AsText(r));
    }

    [Fact]
    public void Split_conformance_cases()
    {
        Assert.Equal(["hello", "world"], AsTexts(StringFunctions.Split("hello world", " ")));
        Assert.Empty(AsTexts(StringFunctions.Split("hello world events!", " ", 0)));
        Assert.Equal(["o", "o", "o", "o"], AsTexts(StringFunctions.Split("o©o©o©o", "©", -1)));
    }

    [Fact]
    public void Split_with_a_limit_keeps_the_rest_in_the_last_piece()
    {
        Assert.Equal(["hello hello hello"], AsTexts(StringFunctions.Split("hello hello hello", " ", 1)));
        Assert.Equal(["hello", "hello hello"], AsTexts(StringFunctions.Split("hello hello hello", " ", 2)));
        Assert.Equal(["hello", "hello", "hello"], AsTexts(StringFunctions.Split("hello hello hello", " ", 10)));
    }

    [Fact]
    public void Split_edge_cases_follow_go()
    {
        Assert.Equal([""], AsTexts(StringFunctions.Split("", ",")));
        Assert.Equal(["", "a", ""], AsTexts(StringFunctions.Split(",a,", ",")));
        Assert.Empty(AsTexts(StringFunctions.Split("", "")));
        Assert.Equal(["a", "😀", "b"], AsTexts(StringFunctions.Split("a😀b", "")));
        Assert.Equal(["a", "😀b"], AsTexts(StringFunctions.Split("a😀b", "", 2)));
    }

    [Fact]
    public void Substring_conformance_cases()
    {
        Assert.Equal("cat", AsText(StringFunctions.Substring("tacocat", 4)));
        Assert.Equal("", AsText(StringFunctions.Substring("tacocat", 7)));
        Assert.Equal("taco", AsText(StringFunctions.Substring("tacocat", 0, 4)));
        Assert.Equal("", AsText(StringFunctions.Substring("tacocat", 4, 4)));
    }

    [Fact]
    public void Substring_range_errors()
    {
        Assert.Equal("index out of range: 40", AsError(StringFunctions.Substring("tacocat", 40)));
        Assert.Equal("index out of range: -1", AsError(StringFunctions.Substring("tacocat", -1)));
        Assert.Equal("index out of range: 50", AsError(StringFunctions.Substring("tacocat", 1, 50)));
        Assert.Equal("invalid substring range. start: 4, end: 3", AsError(StringFunctions.Substring("tacocat", 4, 3)));
        Assert.Equal("index out of range: -2", AsError(StringFunctions.Substring("tacocat", -2, -1)));
    }

    [Fact]
    public void Substring_uses_code_point_indices()
    {
        Assert.Equal("😀b", AsText(StringFunctions.Substring("a😀b", 1)));
        Assert.Equal("😀", AsText(StringFunctions.Substring("a😀b", 1, 2)));
        Assert.Equal("", AsText(StringFunctions.Substring("a😀b", 3)));
        Assert.True(StringFunctions.Substring("a😀b", 4).IsError);
    }

    [Fact]
    public void Trim_removes_unicode_white_space()
    {
        Assert.Equal("text", StringFunctions.Trim(" \f\n\r\t\vtext  "));
        Assert.Equal("text", StringFunctions.Trim("text\u2000\u2001\u2002\u2003\u2004\u2004\u2006\u2007\u2008\u2009"));
        Assert.Equal("text", StringFunctions.Trim("\u200atext\u2028\u2029\u202F\u205F\u3000"));
        Assert.Equal("trim", StringFunctions.Trim("  \ttrim\n    "));
        Assert.Equal("a b", StringFunctions.Trim("\u0085\u00A0\u1680a b"));
        Assert.Equal("", StringFunctions.Trim(" \t "));
    }

    [Fact]
    public void Trim_keeps_zero_width_spaces()
    {
        Assert.Equal("\u200Bx\uFEFF", StringFunctions.Trim(" \u200Bx\uFEFF "));
    }

    [Fact]
    public void Join_conformance_cases()
    {
        Assert.Equal("xy", AsText(StringFunctions.Join(StrList("x", "y"))));
        Assert.Equal("", AsText(StringFunctions.Join(CelList.Empty, "-")));
        Assert.Equal("hello mellow", AsText(StringFunctions.Join(StrList("hello", "mellow"), " ")));
        Assert.Equal("", AsText(StringFunctions.Join(CelList.Empty)));
    }

    [Fact]
    public void Join_of_a_list_with_a_non_string_is_an_error()
    {
        Assert.Equal("join: invalid input: 1", AsError(StringFunctions.Join(List(Str("a"), CelInt.Of(1)), ",")));
    }

    [Fact]
    public void Reverse_keeps_surrogate_pairs_together()
    {
        Assert.Equal("", StringFunctions.Reverse(""));
        Assert.Equal("☺", StringFunctions.Reverse("☺"));
        Assert.Equal("smug", StringFunctions.Reverse("gums"));
        Assert.Equal("htimS nhoJ", StringFunctions.Reverse("John Smith"));
        Assert.Equal("b😀a", StringFunctions.Reverse("a😀b"));
    }

    [Theory]
    [InlineData("first\nsecond", "\"first\\nsecond\"")]
    [InlineData("bell\a", "\"bell\\a\"")]
    [InlineData("\bbackspace", "\"\\bbackspace\"")]
    [InlineData("\fform feed", "\"\\fform feed\"")]
    [InlineData("horizontal tab\t", "\"horizontal tab\\t\"")]
    [InlineData("vertical \v tab", "\"vertical \\v tab\"")]
    [InlineData("double \\\\ slash", "\"double \\\\\\\\ slash\"")]
    [InlineData("verbatim", "\"verbatim\"")]
    [InlineData("ends with \\", "\"ends with \\\\\"")]
    [InlineData("\\ starts with", "\"\\\\ starts with\"")]
    [InlineData("printable unicode😀", "\"printable unicode😀\"")]
    [InlineData("mid string \" quote", "\"mid string \\\" quote\"")]
    [InlineData("single-quote with \"double quote\"", "\"single-quote with \\\"double quote\\\"\"")]
    [InlineData("size('ÿ')", "\"size('ÿ')\"")]
    [InlineData("size('πέντε')", "\"size('πέντε')\"")]
    [InlineData("завтра", "\"завтра\"")]
    [InlineData("\U0001F431\U0001F600\U0001F61B", "\"🐱😀😛\"")]
    [InlineData("ta©o©αT", "\"ta©o©αT\"")]
    [InlineData("carriage\r", "\"carriage\\r\"")]
    [InlineData("", "\"\"")]
    public void Quote_escapes_like_a_cel_literal(string input, string expected)
    {
        Assert.Equal(expected, StringFunctions.Quote(input));
    }

    [Fact]
    public void Quote_replaces_lone_surrogates()
    {
        Assert.Equal("\"a\uFFFDb\uFFFD\"", StringFunctions.Quote("a\uD800b\uDC00"));
    }
}
