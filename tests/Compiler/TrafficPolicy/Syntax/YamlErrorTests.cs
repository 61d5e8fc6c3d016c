using Policy.Compiler.TrafficPolicy.Syntax;

namespace Policy.Compiler.Tests.TrafficPolicy.Syntax;

/// <summary>Every YAML problem is a diagnostic at the exact line and column, in words a policy author understands.</summary>
public class YamlErrorTests
{
    private static (PolicyNode? Root, string Diagnostics) Read(string text)
    {
        var (root, diagnostics) = PolicyDocumentReader.Read(text, "policy.yaml");
        return (root, string.Join("\n", diagnostics.Select(d => TreePrinter.Short(d) + " " + d.Message)));
    }

    [Theory]
    [InlineData("a: \"abc\n", "TP2236 1:4", "never closed")]
    [InlineData("a: 'x", "TP2236 1:4", "never closed")]
    [InlineData("on_tcp_connect:\n  - expressions:\n      - \"conn.tls.sni.matches('^a\\.b$')\"\n", "TP2236 3:34", "'\\.' is not an escape")]
    [InlineData("a: \"\\x4\"", "TP2236 1:5", "2, 4 or 8 hexadecimal digits")]
    [InlineData("a: \"\\uD800\"", "TP2236 1:5", "surrogate")]
    [InlineData("a:\n\tb: 1", "TP2236 2:1", "tabs")]
    [InlineData("a:\n  b: 1\n\tc: 2", "TP2236 3:1", "tabs")]
    [InlineData("a: @x", "TP2236 1:4", "'@' cannot start an unquoted value")]
    [InlineData("a: `cmd`", "TP2236 1:4", "'`' cannot start")]
    [InlineData("a: b: c", "TP2236 1:5", "cannot contain ': '")]
    [InlineData("a: b\n  c: d", "TP2236 2:4", "cannot contain ': '")]
    [InlineData("a: 1\nb\nc: 2", "TP2236 2:1", "Expected another 'key: value' entry")]
    [InlineData("a: 1\n- b", "TP2236 2:1", "Expected another 'key: value' entry")]
    [InlineData("- a\nb: 1", "TP2236 2:1", "Expected another list item")]
    [InlineData("a:\n  - 1\n  b: 2", "TP2236 3:3", "Expected another list item")]
    [InlineData("a: [b, c}", "TP2236 1:9", "Expected ',' or ']'")]
    [InlineData("a: [1, 2\n", "TP2236 2:1", "its closing ']' is missing")]
    [InlineData("a: {b: c]", "TP2236 1:9", "Expected ',' or '}'")]
    [InlineData("key: value\nother: \"unterminated\nnext: 1\n", "TP2236 3:1", "closing quote missing")]
    [InlineData("a: |0\n x", "TP2236 1:5", "indentation indicator")]
    [InlineData("a: |x\n x", "TP2236 1:5", "After '|' or '>'")]
    [InlineData("a: \"x\"#c", "TP2236 1:7", "space before '#'")]
    [InlineData("a: 1\n... x", "TP2236 2:1", "single YAML document")]
    [InlineData("a:\n\u0001b", "TP2236 2:1", "control character U+0001")]
    public void Malformed_yaml_is_reported_where_the_problem_is(string text, string where, string message)
    {
        var (root, diagnostics) = Read(text);
        Assert.Null(root);
        Assert.StartsWith(where + " ", diagnostics);
        Assert.Contains(message, diagnostics);
        Assert.DoesNotContain("\n", diagnostics);
    }

    [Theory]
    [InlineData("- !req.x == 1 && b\n", "TP2236 1:3", "YAML reads '!req.x' as a tag, so this value is not the text '!req.x == 1 && b'")]
    [InlineData("a: !has(conn.tls)\nb: 1\n", "TP2236 1:4", "this value is not the text '!has(conn.tls)'. An expression that starts with '!' must be quoted in YAML; write '!has(conn.tls)'.")]
    [InlineData("on_tcp_connect:\n  - expressions:\n      - !conn.tls.sni.endsWith(\".internal\")\n", "TP2236 3:9",
        "An expression that starts with '!' must be quoted in YAML, for example '!conn.tls.sni.endsWith(\".internal\")'")]
    [InlineData("a: &anchor !x'y\n", "TP2236 1:12", "must be quoted in YAML; write \"!x'y\"")]
    public void An_unquoted_expression_starting_with_an_exclamation_mark_explains_the_quoting_rule(string text, string where, string message)
    {
        var (_, diagnostics) = Read(text);
        Assert.StartsWith(where + " ", diagnostics);
        Assert.Contains(message, diagnostics);
    }

    [Theory]
    [InlineData("a: !!binary aGk=\n", "TP2236 1:4", "The YAML tag '!!binary' is not supported")]
    [InlineData("a: !foo \"x\"\n", "TP2236 1:4", "The YAML tag '!foo' is not supported")]
    [InlineData("a: !foo [1]\n", "TP2236 1:4", "cannot be used on a list")]
    [InlineData("a: !!seq {b: 1}\n", "TP2236 1:4", "The YAML tag '!!seq' cannot be used on a map")]
    [InlineData("a: !!int abc\n", "TP2236 1:4", "tagged !!int but is not an integer")]
    [InlineData("a: !!bool yes\n", "TP2236 1:4", "tagged !!bool but is not true or false")]
    public void Unsupported_or_mismatched_tags_are_reported(string text, string where, string message)
    {
        var (root, diagnostics) = Read(text);
        Assert.NotNull(root);
        Assert.StartsWith(where + " ", diagnostics);
        Assert.Contains(message, diagnostics);
        Assert.DoesNotContain("\n", diagnostics);
    }

    [Fact]
    public void A_duplicate_key_is_reported_at_the_second_key_and_the_first_value_is_kept()
    {
        var (root, diagnostics) = Read("a: 1\nb:\n  c: 2\n  c: 3\na: 4\n");
        Assert.Equal(
            "TP0001 4:3 The key 'c' appears twice in this map; it was first defined on line 3, column 3. Only the first one is used; remove or rename one of them.\n" +
            "TP0001 5:1 The key 'a' appears twice in this map; it was first defined on line 1, column 1. Only the first one is used; remove or rename one of them.",
            diagnostics);
        Assert.Equal("""
            map 1:1-5:5
              String "a" 1:1-1:2 =>
                Integer "1" 1:4-1:5
              String "b" 2:1-2:2 =>
                map 3:3-4:7
                  String "c" 3:3-3:4 =>
                    Integer "2" 3:6-3:7
            """, TreePrinter.Print(root));
    }

    [Fact]
    public void Keys_compare_by_their_text_whatever_their_style()
    {
        var (_, diagnostics) = Read("'1': a\n1: b\n\"1\": c\n");
        Assert.Equal(["TP0001 2:1", "TP0001 3:1"], diagnostics.Split('\n').Select(d => d[..10]));
    }

    [Fact]
    public void A_complex_key_is_reported()
    {
        var (_, diagnostics) = Read("? [a]\n: 1\n");
        Assert.StartsWith("TP2236 1:3 A map key must be a single value such as a name, not a list.", diagnostics);
    }

    [Theory]
    [InlineData("a: *.example.com\n", "TP2236 1:4", "quoted: '*.example.com'")]
    [InlineData("a: *later\nb: &later 1\n", "TP2236 1:4", "YAML reads '*later' as an alias")]
    [InlineData("a: &x [*x]\n", "TP2236 1:8", "YAML reads '*x' as an alias")]
    public void An_alias_without_an_anchor_before_it_is_reported(string text, string where, string message)
    {
        var (_, diagnostics) = Read(text);
        Assert.StartsWith(where + " ", diagnostics);
        Assert.Contains(message, diagnostics);
    }

    [Fact]
    public void A_second_document_is_reported_at_its_separator()
    {
        var (root, diagnostics) = Read("a: 1\n---\nb: 2\n");
        Assert.StartsWith("TP2236 2:1 A second YAML document starts here.", diagnostics);
        Assert.Equal("map 1:1-1:5\n  String \"a\" 1:1-1:2 =>\n    Integer \"1\" 1:4-1:5", TreePrinter.Print(root));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    [InlineData("# only a comment\n")]
    [InlineData("---\n")]
    [InlineData("--- # comment\n...\n")]
    public void An_empty_document_has_no_root_and_says_the_policy_is_empty(string text)
    {
        var (root, diagnostics) = Read(text);
        Assert.Null(root);
        Assert.StartsWith("TP2236 1:1 The policy is empty", diagnostics);
    }

    [Fact]
    public void An_explicit_null_document_is_not_empty()
    {
        var (root, diagnostics) = Read("~\n");
        Assert.Empty(diagnostics);
        Assert.Equal(ScalarKind.Null, Assert.IsType<PolicyScalar>(root).Kind);
    }
}
