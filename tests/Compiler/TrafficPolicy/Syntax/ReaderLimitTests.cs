using System.Text;
using Policy.Compiler.TrafficPolicy.Syntax;

namespace Policy.Compiler.Tests.TrafficPolicy.Syntax;

/// <summary>Depth and size limits, and the promise that no input makes the reader throw.</summary>
public class ReaderLimitTests
{
    [Fact]
    public void A_hundred_thousand_nested_json_lists_stop_at_the_depth_limit()
    {
        var (root, diagnostics) = PolicyDocumentReader.Read(new string('[', 100_000), "deep.json");
        Assert.Null(root);
        var d = Assert.Single(diagnostics);
        Assert.Equal("TP2236 1:129", TreePrinter.Short(d));
        Assert.Contains("more than 128 levels deep", d.Message);
    }

    [Theory]
    [InlineData("k: ", "[", "TP2236 1:131")]
    [InlineData("", "- ", "TP2236 1:257")]
    [InlineData("k: ", "{a: ", "TP2236 1:512")]
    // The top-level map is level 0, so the 128th bracket is the first one too many.
    public void A_hundred_thousand_nested_yaml_collections_stop_at_the_depth_limit(string prefix, string level, string where)
    {
        var text = prefix + string.Concat(Enumerable.Repeat(level, 100_000)) + "x";
        var (root, diagnostics) = PolicyDocumentReader.Read(text, "deep.yaml");
        Assert.Null(root);
        var d = Assert.Single(diagnostics);
        Assert.Equal(where, TreePrinter.Short(d));
        Assert.Contains("more than 128 levels deep", d.Message);
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read()
    {
        var text = "k: " + new string('[', PolicyDocumentReader.MaxDepth - 1) + new string(']', PolicyDocumentReader.MaxDepth - 1);
        var (root, diagnostics) = PolicyDocumentReader.Read(text, null);
        Assert.Empty(diagnostics);
        Assert.NotNull(root);
    }

    [Fact]
    public void A_billion_laughs_alias_expansion_is_refused()
    {
        var text = new StringBuilder("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++)
            text.Append($"l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 9))}]\n");
        var (root, diagnostics) = PolicyDocumentReader.Read(text.ToString(), "lol.yaml");
        Assert.Null(root);
        var d = Assert.Single(diagnostics);
        // l0..l5 expand to 10 + 91 + 820 + 7,381 + 66,430 + 597,871 nodes; the budget runs out inside l6.
        Assert.Equal(7, d.Location.Line);
        Assert.Contains("past 1,000,000 values", d.Message);
    }

    [Fact]
    public void Moderate_alias_reuse_is_allowed()
    {
        var (root, diagnostics) = PolicyDocumentReader.Read("a: &x [1, 2, 3]\nb: [*x, *x, *x]\n", null);
        Assert.Empty(diagnostics);
        Assert.Equal(3, ((PolicyList)((PolicyMap)root!).Find("b")!.Value).Items.Count);
    }

    [Fact]
    public void Reading_random_text_never_throws_and_always_explains_a_missing_root()
    {
        string[] pieces =
        [
            "a", "b", ": ", ":", "\n", "\n  ", "\n    ", "- ", "-", "'", "\"", "\\", "\\n", "\\x4", "|", ">", "|2", ">-", "+",
            "#", " # c", "&x ", "*x", "!t ", "!!str ", "[", "]", "{", "}", ",", " ", "\t", "\r\n", "é", "😀", "...", "---",
            "?", "%", "@", "\u2028", "\u0085", "\0", "1", "0x1F", ".inf", "~", "null", "true", "\"k\"", "/", "*", "\uFEFF",
        ];
        var rng = new Random(20261128);
        for (var n = 0; n < 3000; n++)
        {
            var text = new StringBuilder();
            var count = rng.Next(1, 30);
            for (var i = 0; i < count; i++) text.Append(pieces[rng.Next(pieces.Length)]);
            var (root, diagnostics) = PolicyDocumentReader.Read(text.ToString(), null);
            Assert.True(root is not null || diagnostics.Any(d => d.IsError), $"no root and no error for {text}");
            Assert.DoesNotContain(diagnostics, d => d.Message.Contains("failed unexpectedly", StringComparison.Ordinal));
        }
    }
}
