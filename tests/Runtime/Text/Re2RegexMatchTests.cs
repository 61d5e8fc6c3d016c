using Policy.Runtime.Text;
using Policy.Runtime.Values;

namespace Policy.Runtime.Tests.Text;

/// <summary>RE2 patterns against inputs, checked through CEL's <c>matches</c> implementation.</summary>
public class Re2RegexMatchTests
{
    private static void AssertMatch(string pattern, string text, bool expected)
    {
        var result = Re2Regex.Matches(text, pattern);
        var b = Assert.IsType<CelBool>(result);
        Assert.True(expected == b.Value, $"pattern `{pattern}` on \"{text}\": expected {expected}");
    }

    [Theory]
    // The `matches` section of the CEL conformance suite (string.textproto).
    [InlineData("ubb", "hubba", true)]
    [InlineData("", "cows", true)]
    [InlineData("bc", "abcd", true)]
    [InlineData("gr(a|e)y", "grey", true)]
    [InlineData("a+ñ+a+", "mañana", true)]
    [InlineData("(a|\U0001F600){2}", "\U0001F431\U0001F600\U0001F600", true)]
    public void Conformance_matches_cases_hold(string pattern, string text, bool expected) => AssertMatch(pattern, text, expected);

    [Theory]
    [InlineData("abc", "xxabcxx", true)]
    [InlineData("^abc", "xabc", false)]
    [InlineData("^abc$", "abc", true)]
    [InlineData("a|", "zzz", true)]
    [InlineData("^(?:|a)$", "", true)]
    [InlineData("^(a|b|)c$", "c", true)]
    [InlineData("^()$", "", true)]
    [InlineData("a.c", "abc", true)]
    [InlineData("a.c", "ac", false)]
    public void Search_is_unanchored_unless_anchored(string pattern, string text, bool expected) => AssertMatch(pattern, text, expected);

    [Theory]
    [InlineData("^.$", "\U0001F600", true)]
    [InlineData("^..$", "\U0001F600", false)]
    [InlineData("^.{3}$", "a\U0001F600b", true)]
    [InlineData("^.$", "é", true)]
    [InlineData("^[^a]$", "\U0001F600", true)]
    [InlineData("^[^a][^a]$", "\U0001F600", false)]
    [InlineData("^\\W$", "\U0001F600", true)]
    [InlineData("^\\D$", "\U0001F600", true)]
    [InlineData("^[\U0001F600]$", "\U0001F600", true)]
    [InlineData("^[\U0001F600-\U0001F602]$", "\U0001F601", true)]
    [InlineData("^[^\U0001F600]$", "\U0001F601", true)]
    [InlineData("^[^\U0001F600]$", "\U0001F600", false)]
    [InlineData("^[a\U0001F600]+$", "a\U0001F600a", true)]
    [InlineData("^\\x{1F600}$", "\U0001F600", true)]
    [InlineData("^\U0001F600+$", "\U0001F600\U0001F600", true)]
    [InlineData("^\\PL$", "\U0001F600", true)]
    [InlineData("^\\p{So}$", "\U0001F600", true)]
    [InlineData("^\\p{Any}$", "\U0001F600", true)]
    [InlineData("^[\\x{10000}-\\x{10FFFF}]$", "\U0010FFFF", true)]
    [InlineData("^[\\x{10000}-\\x{10FFFF}]$", "\uFFFF", false)]
    public void A_character_is_one_code_point_even_outside_the_BMP(string pattern, string text, bool expected) =>
        AssertMatch(pattern, text, expected);

    [Fact]
    public void Unpaired_surrogates_in_text_count_as_one_replacement_character()
    {
        // Built in code: xunit cannot carry unpaired surrogates through theory data.
        AssertMatch("^.$", "\uD83D", true);
        AssertMatch("^.$", "\uDE00", true);
        AssertMatch("^\\x{FFFD}$", "\uDE00", true);
        AssertMatch("^a.b$", "a\uDE00b", true);
        AssertMatch("^a..b$", "a\uDE00\uD83Db", true);
        AssertMatch("^.$", "\uDE00\uD83D", false);
        AssertMatch("\\x{D83D}", "\uD83D", false);
        AssertMatch("[\\x{D800}-\\x{DFFF}]", "\U0001F600", false);
    }

    [Theory]
    [InlineData(".", "\n", false)]
    [InlineData("a.b", "a\nb", false)]
    [InlineData("(?s).", "\n", true)]
    [InlineData("(?s:a.b)", "a\nb", true)]
    [InlineData("(?s:a).b", "a\nb", false)]
    [InlineData("[^a]", "\n", true)]
    [InlineData("\\D", "\n", true)]
    [InlineData("\\PL", "\n", true)]
    public void Dot_excludes_newline_unless_s_but_negated_classes_do_not(string pattern, string text, bool expected) =>
        AssertMatch(pattern, text, expected);

    [Theory]
    [InlineData("abc$", "abc\n", false)]
    [InlineData("abc$", "abc", true)]
    [InlineData("^abc$", "abc\n", false)]
    [InlineData("(?m)abc$", "abc\n", true)]
    [InlineData("(?m)abc$", "abc\ndef", true)]
    [InlineData("abc$", "abc\ndef", false)]
    [InlineData("\\Aabc\\z", "abc\n", false)]
    [InlineData("\\Aabc\\z", "abc", true)]
    [InlineData("^b", "a\nb", false)]
    [InlineData("(?m)^b", "a\nb", true)]
    [InlineData("(?m)a$\\n^b", "a\nb", true)]
    [InlineData("(?m)\\Ab", "a\nb", false)]
    [InlineData("(?m)a\\z", "a\nb", false)]
    [InlineData("(?ms)^a.b$", "x\na\nb\ny", true)]
    public void Dollar_is_end_of_text_and_not_before_a_final_newline(string pattern, string text, bool expected) =>
        AssertMatch(pattern, text, expected);

    [Theory]
    [InlineData("^\\d+$", "0123456789", true)]
    [InlineData("\\d", "\u0663", false)]
    [InlineData("\\d", "\u0661\u0662\u0663", false)]
    [InlineData("^\\D$", "\u0663", true)]
    [InlineData("^[[:digit:]]$", "\u0663", false)]
    [InlineData("^\\pN$", "\u0663", true)]
    [InlineData("^\\p{Nd}$", "\u0663", true)]
    [InlineData("^\\w+$", "abc_XYZ_09", true)]
    [InlineData("\\w", "é", false)]
    [InlineData("^\\W$", "é", true)]
    [InlineData("^\\s$", "\t", true)]
    [InlineData("^\\s$", "\f", true)]
    [InlineData("\\s", "\v", false)]
    [InlineData("\\s", "\u00A0", false)]
    [InlineData("^[[:space:]]$", "\v", true)]
    [InlineData("^\\S$", "\u00A0", true)]
    public void Perl_classes_have_their_ASCII_meanings(string pattern, string text, bool expected) =>
        AssertMatch(pattern, text, expected);

    [Theory]
    [InlineData("[[:alpha:]]+", "abc", true)]
    [InlineData("^[[:alpha:]]$", "é", false)]
    [InlineData("^[[:^alpha:]]+$", "123", true)]
    [InlineData("^[[:alnum:]_]+$", "ab_12", true)]
    [InlineData("^[[:punct:]]+$", "!/:@[`{~", true)]
    [InlineData("^[[:xdigit:]]+$", "09afAF", true)]
    [InlineData("[[:xdigit:]]", "g", false)]
    [InlineData("^[[:upper:][:digit:]]+$", "AB12", true)]
    [InlineData("^[[:word:]]+$", "a_1", true)]
    [InlineData("[]a]", "]", true)]
    [InlineData("^[^]a]$", "b", true)]
    [InlineData("^[^]a]$", "]", false)]
    [InlineData("[a-]", "-", true)]
    [InlineData("[\\d-z]", "-", true)]
    [InlineData("^[a-c]+$", "abcab", true)]
    [InlineData("[a-c]", "d", false)]
    [InlineData("^[\\x41-\\x43]+$", "ABC", true)]
    [InlineData("[\\101]", "A", true)]
    [InlineData("[.]", "a", false)]
    [InlineData("[[]", "[", true)]
    [InlineData("[:alpha:]", "p", true)]
    [InlineData("^[\\p{Greek}\\d]+$", "αβ12", true)]
    [InlineData("^[^\\p{Greek}]$", "α", false)]
    [InlineData("^[^\\D]$", "7", true)]
    [InlineData("^[\\^]$", "^", true)]
    public void Bracket_classes_follow_RE2(string pattern, string text, bool expected) => AssertMatch(pattern, text, expected);

    [Theory]
    [InlineData("^\\p{Greek}+$", "αβγ", true)]
    [InlineData("\\p{Greek}", "abc", false)]
    [InlineData("^\\P{Greek}+$", "abc", true)]
    [InlineData("^\\p{^Greek}+$", "abc", true)]
    [InlineData("^\\P{^Greek}+$", "αβ", true)]
    [InlineData("^\\pL+$", "héllo", true)]
    [InlineData("^\\p{L}+$", "漢字", true)]
    [InlineData("^\\p{Lu}$", "A", true)]
    [InlineData("^\\p{Lu}$", "a", false)]
    [InlineData("^\\p{Han}+$", "漢字", true)]
    [InlineData("^\\p{Cyrillic}+$", "привет", true)]
    [InlineData("^\\p{Latin}+$", "hello", true)]
    [InlineData("\\p{Latin}", "123", false)]
    [InlineData("^\\p{Deseret}$", "\U00010400", true)]
    [InlineData("^\\p{Common}$", "1", true)]
    [InlineData("^\\pZ$", " ", true)]
    [InlineData("^\\p{Zs}$", "\u00A0", true)]
    [InlineData("^\\pP$", "!", true)]
    [InlineData("^\\p{Cc}$", "\n", true)]
    public void Unicode_classes_cover_categories_and_scripts(string pattern, string text, bool expected) =>
        AssertMatch(pattern, text, expected);

    [Theory]
    [InlineData("\\a\\f\\t\\n\\r\\v", "\a\f\t\n\r\v", true)]
    [InlineData("^\\x7F$", "\x7F", true)]
    [InlineData("^\\x{10FFFF}$", "\U0010FFFF", true)]
    [InlineData("^\\x{41}$", "A", true)]
    [InlineData("^\\123$", "S", true)]
    [InlineData("^\\12$", "\n", true)]
    [InlineData("^\\0$", "\0", true)]
    [InlineData("^\\01234$", "\n34", true)]
    [InlineData("\\.", ".", true)]
    [InlineData("\\.", "a", false)]
    [InlineData("a\\*b", "a*b", true)]
    [InlineData("\\_", "_", true)]
    [InlineData("\\{\\}\\[\\]\\(\\)\\|\\^\\$\\\\", "{}[]()|^$\\", true)]
    [InlineData("^\\Qa.b*c\\E$", "a.b*c", true)]
    [InlineData("\\Qa.b\\E", "axb", false)]
    [InlineData("^x\\Qab\\E*$", "xabbb", true)]
    [InlineData("^x\\Qab\\E*$", "xabab", false)]
    [InlineData("^\\Q(a|b)", "(a|b)", true)]
    public void Escapes_and_quoted_text_are_literal(string pattern, string text, bool expected) =>
        AssertMatch(pattern, text, expected);

    [Theory]
    [InlineData("\\bfoo\\b", "a foo b", true)]
    [InlineData("\\bfoo\\b", "afoob", false)]
    [InlineData("\\Bfoo", "afoo", true)]
    [InlineData("\\Bfoo", "a foo", false)]
    [InlineData("\\Afoo", "foo bar", true)]
    [InlineData("\\Abar", "foo bar", false)]
    [InlineData("bar\\z", "foo bar", true)]
    [InlineData("bar\\z", "bar\n", false)]
    [InlineData("^*a", "a", true)]
    [InlineData("(?:\\b)+a", "a", true)]
    public void Empty_width_assertions_hold(string pattern, string text, bool expected) => AssertMatch(pattern, text, expected);

    [Theory]
    [InlineData("^a{3}$", "aaa", true)]
    [InlineData("^a{3}$", "aaaa", false)]
    [InlineData("^a{2,}$", "aaaaa", true)]
    [InlineData("^a{2,}$", "a", false)]
    [InlineData("^a{2,3}$", "aaaa", false)]
    [InlineData("^a{0}$", "", true)]
    [InlineData("^a{0,1}b$", "b", true)]
    [InlineData("^(?:ab)*$", "ababab", true)]
    [InlineData("^(ab)+?$", "abab", true)]
    [InlineData("^a??b$", "b", true)]
    [InlineData("^a*?$", "aaa", true)]
    [InlineData("^a{2,3}?$", "aaa", true)]
    [InlineData("a{,2}", "a{,2}", true)]
    [InlineData("a{,2}", "aa", false)]
    [InlineData("^a{$", "a{", true)]
    [InlineData("^a{x}$", "a{x}", true)]
    [InlineData("^{2}$", "{2}", false)]
    [InlineData("^\\{2}$", "{2}", true)]
    [InlineData("^(a{2}){3}$", "aaaaaa", true)]
    [InlineData("^(?:\U0001F600{2}){2}$", "\U0001F600\U0001F600\U0001F600\U0001F600", true)]
    public void Quantifiers_and_literal_braces_follow_RE2(string pattern, string text, bool expected) =>
        AssertMatch(pattern, text, expected);

    [Fact]
    public void A_thousand_fold_repetition_is_allowed()
    {
        AssertMatch("^x{1000}$", new string('x', 1000), true);
        AssertMatch("^x{1000}$", new string('x', 999), false);
        AssertMatch("^(?:ab){2,1000}$", string.Concat(Enumerable.Repeat("ab", 1000)), true);
        AssertMatch("^(x{10}){100}$", new string('x', 1000), true);
    }

    [Theory]
    [InlineData("(?i)hello", "HeLLo", true)]
    [InlineData("hello", "HELLO", false)]
    [InlineData("(?i:a)b", "Ab", true)]
    [InlineData("(?i:a)b", "AB", false)]
    [InlineData("(?i)a(?-i)b", "AB", false)]
    [InlineData("(?i)a(?-i)b", "Ab", true)]
    [InlineData("(?i)a(?-i:b)c", "AbC", true)]
    [InlineData("(a(?i)b)c", "aBc", true)]
    [InlineData("(a(?i)b)c", "aBC", false)]
    [InlineData("(?i)a|b", "B", true)]
    [InlineData("(?i)[a-c]+", "ABC", true)]
    [InlineData("(?i)[^a]", "A", false)]
    [InlineData("(?i)[^a]", "b", true)]
    [InlineData("(?i)\\W", "\u212A", false)]
    [InlineData("(?i)k", "\u212A", true)]
    [InlineData("(?i)\u212A", "k", true)]
    [InlineData("(?i)s", "\u017F", true)]
    [InlineData("(?i)σ", "ς", true)]
    [InlineData("(?i)Σ", "σ", true)]
    [InlineData("(?i)ǅ", "ǆ", true)]
    [InlineData("(?i)\\x{10400}", "\U00010428", true)]
    [InlineData("(?i)[\\x{10400}-\\x{10402}]", "\U0001042A", true)]
    [InlineData("(?i)\\p{Lu}", "a", true)]
    [InlineData("(?i)[[:upper:]]", "q", true)]
    [InlineData("(?i)\\Qab\\E", "AB", true)]
    [InlineData("(?i)µ", "Μ", true)]
    [InlineData("(?i)μ", "µ", true)]
    [InlineData("(?i)ß", "ẞ", true)]
    [InlineData("(?i)å", "\u212B", true)]
    [InlineData("(?i)θ", "ϑ", true)]
    [InlineData("(?i)\u13A0", "\uAB70", true)]
    [InlineData("(a(?i)b|c)", "C", true)]
    [InlineData("(?i)i", "\u0131", false)]
    [InlineData("(?i)i", "\u0130", false)]
    [InlineData("(?i-s:a.)", "A\n", false)]
    [InlineData("(?is)a.", "A\n", true)]
    public void Flags_apply_to_the_rest_of_their_group(string pattern, string text, bool expected) =>
        AssertMatch(pattern, text, expected);

    [Theory]
    [InlineData("(?P<year>\\d{4})-(?P<month>\\d{2})", "on 2024-05-01", true)]
    [InlineData("(?<y>a)(?<z>b)", "ab", true)]
    [InlineData("(?P<y>a)", "b", false)]
    [InlineData("(?P<_1>a)", "a", true)]
    public void Named_groups_match_like_plain_groups(string pattern, string text, bool expected) =>
        AssertMatch(pattern, text, expected);
}
