using Policy.Compiler.Syntax;

namespace Policy.Compiler.Tests.Syntax;

public class ParserTests
{
    private static string Parse(string text)
    {
        var (result, diagnostics) = CelSyntax.Parse(text);
        Assert.True(diagnostics.IsEmpty, string.Join("\n", diagnostics));
        return ExprPrinter.Print(result!.Root);
    }

    private static string ParseError(string text)
    {
        var (result, diagnostics) = CelSyntax.Parse(text);
        Assert.Null(result);
        Assert.NotEmpty(diagnostics);
        return string.Join("\n", diagnostics.Select(d => $"{d.Code} {d.Location.Line}:{d.Location.Column} {d.Message}"));
    }

    [Theory]
    [InlineData("1 + 2 * 3", "_+_(1, _*_(2, 3))")]
    [InlineData("a < b == c", "_==_(_<_(a, b), c)")]
    [InlineData("a ? b : c ? d : e", "_?_:_(a, b, _?_:_(c, d, e))")]
    [InlineData("!a || b && c", "_||_(!_(a), _&&_(b, c))")]
    [InlineData("-9223372036854775808", "-9223372036854775808")]
    [InlineData("--19", "19")]
    [InlineData("-(5u)", "-_(5u)")]
    [InlineData("a.b.c(1)[2]", "_[_](a.b.c(1), 2)")]
    [InlineData(".a.b", ".a.b")]
    [InlineData("[1, 2,]", "[1, 2]")]
    [InlineData("{'a': 1, 2u: true,}", "{\"a\": 1, 2u: true}")]
    [InlineData("m.`content-type`", "m.content-type")]
    [InlineData("a.?b", "_?._(a, \"b\")")]
    [InlineData("a[?b]", "_[?_](a, b)")]
    [InlineData("[?a, b]", "[?a, b]")]
    [InlineData("{?'k': v}", "{?\"k\": v}")]
    [InlineData("x.y.T{f: 1, ?g: 2}", "x.y.T{f: 1, ?g: 2}")]
    [InlineData("has(a.b)", "has(a.b)")]
    [InlineData("0x1F + 1e3 + .5 + 0u", "_+_(_+_(_+_(31, 1000.0), 0.5), 0u)")]
    [InlineData("a // comment\n + b", "_+_(a, b)")]
    [InlineData("{'as': 1}.as", "{\"as\": 1}.as")]
    [InlineData("a.while()", "a.while()")]
    public void Parses_to_the_expected_tree(string text, string expected) => Assert.Equal(expected, Parse(text));

    [Theory]
    [InlineData("'\\x41\\101\\u0041\\U00000041'", "\"AAAA\"")]
    [InlineData("b'\\377\\xff'", "b\"\\xff\\xff\"")]
    [InlineData("'\\377'", "\"ÿ\"")]
    [InlineData("r'\\n'", "\"\\\\n\"")]
    [InlineData("'''a\nb'''", "\"a\\nb\"")]
    [InlineData("b'ÿ'", "b\"\\xc3\\xbf\"")]
    public void Decodes_string_and_bytes_literals(string text, string expected) => Assert.Equal(expected, Parse(text));

    [Fact]
    public void Macros_expand_to_comprehensions()
    {
        Assert.Equal(
            "__comprehension__(x, [1, 2], @result, true, @not_strictly_false(@result), _&&_(@result, _>_(x, 0)), @result)",
            Parse("[1, 2].all(x, x > 0)"));
        Assert.Equal(
            "__comprehension__(#unused, [], x, 1, false, x, _+_(x, x))",
            Parse("cel.bind(x, 1, x + x)"));
    }

    [Theory]
    [InlineData("1 +", "CEL1001 1:4 unexpected end of expression; expected an expression")]
    [InlineData("a = b", "CEL1001 1:3 unexpected '='; use '==' to compare")]
    [InlineData("'abc", "CEL1001 1:1 unterminated string literal")]
    [InlineData("'\\s'", "CEL1002 1:2 invalid escape sequence \\s")]
    [InlineData("'\\uD800'", "CEL1002 1:2 invalid escape sequence \\uD800: surrogate code points are not characters")]
    [InlineData("9223372036854775808", "CEL1002 1:1 integer literal 9223372036854775808 is out of the int64 range")]
    [InlineData("18446744073709551616u", "CEL1002 1:1 unsigned integer literal 18446744073709551616u is out of the uint64 range")]
    [InlineData("if + 1", "CEL1003 1:1 'if' is a reserved word and cannot be used as an identifier or function name")]
    [InlineData("has(a)", "CEL1005 1:5 invalid argument to has() macro: expected a field selection such as has(m.f)")]
    [InlineData("[1].all(1, true)", "CEL1005 1:9 all() macro: the iteration variable must be a simple name")]
    public void Reports_located_errors(string text, string expectedPrefix) =>
        Assert.StartsWith(expectedPrefix, ParseError(text));

    [Fact]
    public void Errors_on_a_later_line_report_that_line()
    {
        var error = ParseError("a &&\n  b +\n  )");
        Assert.StartsWith("CEL1001 3:3 unexpected ')'", error);
    }

    [Theory]
    [InlineData("a && &&", "CEL1001 1:6 unexpected '&&'; expected an expression")]
    [InlineData("a && ||", "CEL1001 1:6 unexpected '||'; expected an expression")]
    [InlineData("a && && && b", "CEL1001 1:6 unexpected '&&'; expected an expression")]
    [InlineData("a && // note\n  &&", "CEL1001 2:3 unexpected '&&'; expected an expression")]
    [InlineData("a + * b", "CEL1001 1:5 unexpected '*'; expected an expression")]
    [InlineData("(a + * )", "CEL1001 1:6 unexpected '*'; expected an expression")]
    [InlineData("(a ||)", "CEL1001 1:6 unexpected ')'; expected an expression")]
    [InlineData("x ==", "CEL1001 1:5 unexpected end of expression; expected an expression")]
    [InlineData("x == == y", "CEL1001 1:6 unexpected '=='; expected an expression")]
    [InlineData("a ? : b", "CEL1001 1:5 unexpected ':'; expected an expression")]
    public void A_missing_operand_is_reported_once(string text, string expected) => Assert.Equal(expected, ParseError(text));

    [Theory]
    [InlineData("conn.tls.", "CEL1001 1:10 unexpected end of expression; expected a name after '.'")]
    [InlineData("conn..x", "CEL1001 1:6 unexpected '.'; expected a name after '.'")]
    [InlineData("conn. // note\n", "CEL1001 2:1 unexpected end of expression; expected a name after '.'")]
    [InlineData("[1, , 2]", "CEL1001 1:5 unexpected ','; expected an expression")]
    [InlineData("f(1,, 2)", "CEL1001 1:5 unexpected ','; expected an expression")]
    public void A_missing_name_or_element_says_what_is_missing(string text, string expected) => Assert.Equal(expected, ParseError(text));

    [Theory]
    [InlineData("a && && b || ||",
        "CEL1001 1:6 unexpected '&&'; expected an expression\nCEL1001 1:14 unexpected '||'; expected an expression")]
    [InlineData("a + (b * ) + c * * d",
        "CEL1001 1:10 unexpected ')'; expected an expression\nCEL1001 1:18 unexpected '*'; expected an expression")]
    [InlineData("a &&\n  && b ||\n  || c",
        "CEL1001 2:3 unexpected '&&'; expected an expression\nCEL1001 3:3 unexpected '||'; expected an expression")]
    public void Distinct_mistakes_are_each_reported_once(string text, string expected) => Assert.Equal(expected, ParseError(text));

    [Theory]
    [InlineData(100_000)]
    public void Deep_nesting_is_a_diagnostic_not_a_stack_overflow(int depth)
    {
        var unlimitedLength = new ParserOptions { MaxLength = int.MaxValue };
        var parens = new string('(', depth) + "1" + new string(')', depth);
        var chain = string.Join(" + ", Enumerable.Repeat("a", depth));
        foreach (var text in new[] { parens, chain })
        {
            var (result, diagnostics) = CelSyntax.Parse(text, unlimitedLength);
            Assert.Null(result);
            Assert.Equal("CEL1004", Assert.Single(diagnostics).Code);

            // With the default options the length limit answers first.
            Assert.Equal("CEL1006", Assert.Single(CelSyntax.Parse(text).Diagnostics).Code);
        }
    }

    [Fact]
    public void The_specification_minimum_sizes_parse()
    {
        Parse(new string('(', 32) + "7" + new string(')', 32));
        Parse(string.Join(" || ", Enumerable.Repeat("false", 33)));
        Parse("a[a[a[a[a[a[a[a[a[a[a[a[0]]]]]]]]]]]]");
        Parse("int(uint(int(uint(int(uint(int(uint(int(uint(int(uint(7))))))))))))");
        Parse(string.Concat(Enumerable.Repeat("true ? true : ", 24)) + "false");
        Parse(new string('-', 32) + "19");
    }
}
