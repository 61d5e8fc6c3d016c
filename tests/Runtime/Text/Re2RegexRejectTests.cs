using Policy.Runtime.Text;
using Policy.Runtime.Values;

namespace Policy.Runtime.Tests.Text;

/// <summary>Patterns RE2 does not accept: each is rejected with an error naming the construct.</summary>
public class Re2RegexRejectTests
{
    [Theory]
    [InlineData("\\1", "backreferences are not supported: `\\1`")]
    [InlineData("(a)\\1", "backreferences are not supported: `\\1`")]
    [InlineData("(a)\\9", "backreferences are not supported: `\\9`")]
    [InlineData("\\k<name>", "named backreferences `\\k` are not supported")]
    [InlineData("\\g{1}", "backreferences and subroutine calls `\\g` are not supported")]
    [InlineData("(?P<n>a)(?P=n)", "named backreferences `(?P=name)` are not supported")]
    [InlineData("a(?=b)", "lookahead assertions `(?=` are not supported")]
    [InlineData("a(?!b)", "negative lookahead assertions `(?!` are not supported")]
    [InlineData("(?<=a)b", "lookbehind assertions `(?<=` are not supported")]
    [InlineData("(?<!a)b", "negative lookbehind assertions `(?<!` are not supported")]
    [InlineData("(?>a+)b", "atomic groups `(?>` are not supported")]
    [InlineData("a++", "possessive quantifiers are not supported: `++`")]
    [InlineData("a*+", "possessive quantifiers are not supported: `*+`")]
    [InlineData("a?+", "possessive quantifiers are not supported: `?+`")]
    [InlineData("a{2}+", "possessive quantifiers are not supported: `{2}+`")]
    [InlineData("(?(1)a|b)", "conditional groups `(?(` are not supported")]
    [InlineData("\\Ga", "`\\G` (end of previous match) is not supported")]
    [InlineData("a\\Z", "`\\Z` is not supported; use `\\z`")]
    [InlineData("a\\C", "`\\C` (any single byte) is not supported")]
    [InlineData("(?#comment)a", "comments `(?#` are not supported")]
    [InlineData("(?'n'a)", "named groups in the form `(?'name'` are not supported")]
    [InlineData("(?|a|b)", "branch reset groups `(?|` are not supported")]
    [InlineData("(a)(?1)", "recursion `(?1)` is not supported")]
    [InlineData("(?R)", "recursion `(?R)` is not supported")]
    [InlineData("(?P>n)", "recursion `(?P>name)` is not supported")]
    [InlineData("\\cA", "control escapes `\\cX` are not supported")]
    [InlineData("\\e", "`\\e` is not supported")]
    public void Perl_constructs_outside_RE2_are_rejected_by_name(string pattern, string expected) => AssertRejected(pattern, expected);

    [Theory]
    [InlineData("a{1001}", "invalid repeat count `{1001}`")]
    [InlineData("a{1,1001}", "invalid repeat count `{1,1001}`")]
    [InlineData("a{1001,}", "invalid repeat count `{1001,}`")]
    [InlineData("a{99999999999}", "invalid repeat count `{99999999999}`")]
    [InlineData("a{2,1}", "invalid repeat count `{2,1}`")]
    [InlineData("(a{100}){100}", "nested counted repetitions multiply to more than 1000")]
    [InlineData("((a{10}){10}){11}", "nested counted repetitions multiply to more than 1000")]
    [InlineData("a**", "invalid nested repetition operator `**`")]
    [InlineData("a*??", "invalid nested repetition operator `*??`")]
    [InlineData("a{2}{3}", "invalid nested repetition operator `{2}{3}`")]
    [InlineData("*a", "missing argument to repetition operator `*`")]
    [InlineData("a|*", "missing argument to repetition operator `*`")]
    [InlineData("(+)", "missing argument to repetition operator `+`")]
    [InlineData("{2}", "missing argument to repetition operator `{2}`")]
    [InlineData("??", "missing argument to repetition operator `??`")]
    public void Bad_repetitions_are_rejected(string pattern, string expected) => AssertRejected(pattern, expected);

    [Theory]
    [InlineData("(", "missing closing ) for the group opened (at offset 0)")]
    [InlineData("a(b(c)", "missing closing ) for the group opened (at offset 1)")]
    [InlineData("a)", "unexpected ) with no group open (at offset 1)")]
    [InlineData("[a", "missing closing ] for the class `[a`")]
    [InlineData("[]", "missing closing ] for the class `[]`")]
    [InlineData("[^]", "missing closing ] for the class `[^]`")]
    [InlineData("[[:alpha:]", "missing closing ]")]
    [InlineData("[z-a]", "invalid character class range `z-a`")]
    [InlineData("[a-\\d]", "invalid escape sequence `\\d`")]
    [InlineData("[[:foo:]]", "unknown POSIX class `[:foo:]`")]
    [InlineData("[\\b]", "invalid escape sequence `\\b`")]
    [InlineData("[\\Qa\\E]", "invalid escape sequence `\\Q`")]
    [InlineData("a\\", "trailing backslash at end of expression")]
    [InlineData("\\y", "invalid escape sequence `\\y`")]
    [InlineData("\\é", "invalid escape sequence `\\é`")]
    [InlineData("\\8", "backreferences are not supported: `\\8`")]
    [InlineData("\\xZZ", "invalid escape sequence `\\xZZ`")]
    [InlineData("\\x{110000}", "invalid escape sequence `\\x{110000}`")]
    [InlineData("\\x{}", "invalid escape sequence `\\x{}`")]
    [InlineData("\\x{41", "invalid escape sequence `\\x{41`")]
    [InlineData("\\p{Foo}", "unknown Unicode class `\\p{Foo}`")]
    [InlineData("\\p{greek}", "unknown Unicode class `\\p{greek}`")]
    [InlineData("\\p{Cn}", "unknown Unicode class `\\p{Cn}`")]
    [InlineData("\\pX", "unknown Unicode class `\\pX`")]
    [InlineData("\\p{L", "missing } in Unicode class `\\p{L`")]
    [InlineData("\\p", "missing Unicode class name after `\\p`")]
    public void Malformed_syntax_is_rejected(string pattern, string expected) => AssertRejected(pattern, expected);

    [Theory]
    [InlineData("(?P<n>a)(?P<n>b)", "duplicate capture group name `n`")]
    [InlineData("(?<n>a)(?P<n>b)", "duplicate capture group name `n`")]
    [InlineData("(?P<>a)", "invalid named capture `(?P<>`")]
    [InlineData("(?P<a-b>x)", "invalid named capture `(?P<a-b>`")]
    [InlineData("(?P<name", "invalid named capture `(?P<name`: missing >")]
    [InlineData("(?i-)a", "invalid or unsupported flags group `(?i-)`")]
    [InlineData("(?-)a", "invalid or unsupported flags group `(?-)`")]
    [InlineData("(?)a", "invalid or unsupported flags group `(?)`")]
    [InlineData("(?x)a", "invalid or unsupported flags group `(?x`")]
    [InlineData("(?i--s)a", "invalid or unsupported flags group `(?i--`")]
    [InlineData("(?i", "missing closing ) for the flags group `(?i`")]
    [InlineData("(?P", "invalid or unsupported Perl syntax `(?P`")]
    public void Bad_groups_and_flags_are_rejected(string pattern, string expected) => AssertRejected(pattern, expected);

    [Fact]
    public void Unpaired_surrogates_in_the_pattern_are_rejected()
    {
        AssertRejected("a\uD800", "invalid UTF-16 in pattern: unpaired surrogate (at offset 1)");
        AssertRejected("[\uDC00]", "invalid UTF-16 in pattern: unpaired surrogate (at offset 1)");
    }

    [Fact]
    public void Groups_nested_more_than_a_thousand_deep_are_rejected()
    {
        AssertRejected(new string('(', 1001) + new string(')', 1001), "groups nest more than 1000 deep");
        Assert.True(Re2Regex.Get(new string('(', 1000) + "a" + new string(')', 1000)).IsMatch("a"));
    }

    [Fact]
    public void Patterns_too_large_for_linear_time_matching_are_rejected_as_such()
    {
        AssertRejected("\\pL{1000}", "pattern too large for linear-time matching");
        AssertRejected("(?:\\PL{100}){10}", "pattern too large for linear-time matching");
    }

    [Fact]
    public void The_error_names_the_whole_pattern()
    {
        var error = Assert.IsType<CelError>(Re2Regex.Matches("text", "ab(c"));
        Assert.Equal("invalid regular expression `ab(c`: missing closing ) for the group opened (at offset 2)", error.Message);
    }

    private static void AssertRejected(string pattern, string expected)
    {
        var compiled = Re2Regex.Get(pattern);
        Assert.False(compiled.IsValid);
        Assert.Null(compiled.Regex);
        Assert.Contains(expected, compiled.Error, StringComparison.Ordinal);
        Assert.False(Re2Regex.TryCompile(pattern, out var regex, out var error));
        Assert.Null(regex);
        Assert.Equal(compiled.Error, error);
        var value = Re2Regex.Matches("anything", pattern);
        Assert.Equal(compiled.Error, Assert.IsType<CelError>(value).Message);
    }
}
