using Policy.Compiler.Diagnostics;
using Policy.Compiler.TrafficPolicy.Syntax;

namespace Policy.Compiler.Tests.TrafficPolicy.Syntax;

/// <summary>
/// Hand-checked position maps, one per scalar style: an escape maps to its backslash, a folded
/// line break to the break it replaces, the end of the value to the closing quote (or just past
/// the last character).
/// </summary>
public class ScalarPositionExampleTests
{
    [Theory]
    // Escapes: \t, \u0041, \x42 and \U0001F600 (two UTF-16 units, both at the escape).
    [InlineData("k: \"a\\tb\\u0041\\x42\\U0001F600c\"\n", "a\tbAB\U0001F600c",
        "1:5 1:6 1:8 1:9 1:15 1:19 1:19 1:29 1:30")]
    // Folding to a space, an escaped line break (nothing), an empty line (a line feed), an escaped space.
    [InlineData("k: \"one two\n  three\\\n    four\n\n  five\\ \"\n", "one two threefour\nfive ",
        "1:5 1:6 1:7 1:8 1:9 1:10 1:11 1:12 2:3 2:4 2:5 2:6 2:7 3:5 3:6 3:7 3:8 4:1 5:3 5:4 5:5 5:6 5:7 5:9")]
    // '' is one quote (at the first of the two); folding as in double quotes.
    [InlineData("k: 'it''s\n  folded\n\n  x'\n", "it's folded\nx",
        "1:5 1:6 1:7 1:9 1:10 2:3 2:4 2:5 2:6 2:7 2:8 3:1 4:3 4:4")]
    // A multi-line plain expression.
    [InlineData("k: a == b\n  && c\n\n  || d\n", "a == b && c\n|| d",
        "1:4 1:5 1:6 1:7 1:8 1:9 1:10 2:3 2:4 2:5 2:6 3:1 4:3 4:4 4:5 4:6 4:7")]
    // Literal with an indentation indicator (the first space is content) and keep chomping.
    [InlineData("k: |2+\n   x\n  y\n\n", " x\ny\n\n",
        "2:3 2:4 2:5 3:3 3:4 4:1 5:1")]
    // Folded: lines join with a space, an empty line is a line feed, more-indented lines keep their breaks.
    [InlineData("k: >-\n  a\n  b\n\n  c\n    d\n  e\n", "a b\nc\n  d\ne",
        "2:3 2:4 3:3 4:1 5:3 5:4 6:3 6:4 6:5 6:6 7:3 7:4")]
    // JSON escapes, a surrogate pair written as two \u escapes.
    [InlineData("{\"k\": \"a\\\"\\u00e9\\/\\n\\ud83d\\ude00z\"}", "a\"é/\n\U0001F600z",
        "1:8 1:9 1:11 1:17 1:19 1:21 1:27 1:33 1:34")]
    public void Each_offset_maps_to_the_character_it_was_written_as(string document, string value, string positions)
    {
        var scalar = ReadK(document);
        Assert.Equal(value, scalar.Value);
        var actual = Enumerable.Range(0, scalar.Value.Length + 1).Select(i => scalar.Positions.Map(i)).Select(p => $"{p.Line}:{p.Column}");
        Assert.Equal(positions, string.Join(" ", actual));
    }

    [Fact]
    public void A_span_inside_a_folded_expression_is_located_across_lines()
    {
        var scalar = ReadK("k: >\n  conn.tls.sni == 'a'\n  && has(conn.x)\n");
        // "has(conn.x)" starts after "conn.tls.sni == 'a' && " (23 characters).
        var start = scalar.Value.IndexOf("has", StringComparison.Ordinal);
        var location = scalar.Locate(new TextSpan(start, "has(conn.x)".Length));
        Assert.Equal(new SourceLocation("policy.yaml", 3, 6, 3, 17), location);
    }

    [Fact]
    public void An_empty_value_maps_its_end_to_where_it_would_be()
    {
        var scalar = ReadK("k: \"\"\n");
        Assert.Equal(0, scalar.Positions.Length);
        Assert.Equal((1, 5), scalar.Positions.Map(0));
    }

    private static PolicyScalar ReadK(string document)
    {
        var (root, diagnostics) = PolicyDocumentReader.Read(document, "policy.yaml");
        Assert.Empty(diagnostics);
        return Assert.IsType<PolicyScalar>(Assert.IsType<PolicyMap>(root).Find("k")!.Value);
    }
}
