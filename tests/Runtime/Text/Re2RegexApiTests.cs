using System.Text.RegularExpressions;
using Policy.Runtime.Text;
using Policy.Runtime.Values;

namespace Policy.Runtime.Tests.Text;

/// <summary>The public surface: results, caching, translation and group numbering.</summary>
public class Re2RegexApiTests
{
    [Fact]
    public void Matches_returns_the_CEL_bool_singletons()
    {
        Assert.Same(CelBool.True, Re2Regex.Matches("hubba", "ub+"));
        Assert.Same(CelBool.False, Re2Regex.Matches("hubba", "^ub"));
    }

    [Fact]
    public void TryCompile_returns_a_NonBacktracking_regex_with_RE2_meaning()
    {
        Assert.True(Re2Regex.TryCompile("^a.c$", out var regex, out var error));
        Assert.Null(error);
        Assert.True(regex.Options.HasFlag(RegexOptions.NonBacktracking));
        Assert.Matches(regex, "a\U0001F600c");
        Assert.DoesNotMatch(regex, "abc\n");
    }

    [Fact]
    public void Translation_spells_out_code_points_and_end_of_text()
    {
        Assert.True(Re2Regex.TryTranslate("a$", out var dollar, out _));
        Assert.StartsWith("a\\z", dollar, StringComparison.Ordinal);
        Assert.True(Re2Regex.TryTranslate("(?i)k", out var fold, out _));
        Assert.StartsWith("[Kk\\u212A]", fold, StringComparison.Ordinal);
        Assert.True(Re2Regex.TryTranslate("\\x{1F600}", out var astral, out _));
        Assert.StartsWith("\\uD83D\\uDE00", astral, StringComparison.Ordinal);
        Assert.False(Re2Regex.TryTranslate("a(?=b)", out var none, out var error));
        Assert.Null(none);
        Assert.Contains("lookahead", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_returns_the_cached_instance_for_the_same_pattern()
    {
        var first = Re2Regex.Get("cache-hit-[0-9]+");
        Assert.Same(first, Re2Regex.Get("cache-hit-[0-9]+"));
        var invalid = Re2Regex.Get("cache-hit-(");
        Assert.Same(invalid, Re2Regex.Get("cache-hit-("));
    }

    [Fact]
    public void The_cache_is_bounded_and_drops_the_least_recently_used_pattern()
    {
        var oldest = Re2Regex.Get("evict-me-0");
        for (var i = 1; i <= Re2Regex.CacheCapacity; i++) Re2Regex.Get($"evict-me-{i}");
        var again = Re2Regex.Get("evict-me-0");
        Assert.NotSame(oldest, again);
        Assert.True(again.IsMatch("evict-me-0"));
    }

    [Fact]
    public void The_cache_is_safe_to_use_from_many_threads()
    {
        var failures = 0;
        Parallel.For(0, 2_000, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var n = i % 200;
            var result = Re2Regex.Matches($"id-{n}", $"^id-{n}$");
            if (!ReferenceEquals(result, CelBool.True)) Interlocked.Increment(ref failures);
        });
        Assert.Equal(0, failures);
    }

    [Fact]
    public void Groups_are_numbered_left_to_right_like_RE2_with_names_on_the_side()
    {
        var compiled = Re2Regex.Get("(?P<year>\\d{4})-(\\d{2})-(?<day>\\d{2})");
        Assert.Equal(new string?[] { null, "year", null, "day" }, compiled.GroupNames);
        var match = compiled.Regex!.Match("on 2024-05-17!");
        Assert.Equal("2024", match.Groups[1].Value);
        Assert.Equal("05", match.Groups[2].Value);
        Assert.Equal("17", match.Groups[3].Value);
    }

    [Theory]
    [InlineData("a|ab", "ab", "a")]
    [InlineData("ab|a", "ab", "ab")]
    [InlineData("a+", "aaa", "aaa")]
    [InlineData("a+?", "aaa", "a")]
    [InlineData("(?U)a+", "aaa", "a")]
    [InlineData("(?U)a+?", "aaa", "aaa")]
    [InlineData("(?U:a*)b", "aab", "aab")]
    [InlineData("x(?U)a{1,3}", "xaaa", "xa")]
    [InlineData(".", "\U0001F600x", "\U0001F600")]
    [InlineData("[^x]+", "\U0001F600\U0001F601x", "\U0001F600\U0001F601")]
    public void Match_spans_follow_leftmost_first_and_the_U_flag(string pattern, string text, string expected) =>
        Assert.Equal(expected, Re2Regex.Get(pattern).Regex!.Match(text).Value);

    [Fact]
    public void IsMatch_on_an_invalid_pattern_is_a_programming_error()
    {
        var invalid = Re2Regex.Get("(");
        Assert.Empty(invalid.GroupNames);
        Assert.Throws<InvalidOperationException>(() => invalid.IsMatch("("));
    }
}
