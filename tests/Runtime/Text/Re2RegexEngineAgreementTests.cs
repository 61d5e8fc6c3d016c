using System.Text.RegularExpressions;
using Policy.Runtime.Text;

namespace Policy.Runtime.Tests.Text;

/// <summary>
/// The translation targets NonBacktracking, whose automata construction has had edge-case bugs
/// (one such bug, with a final \n, is worked around in the emitter). On short inputs the classic
/// backtracking engine is a cheap oracle for the same .NET pattern, so random RE2 patterns are
/// translated once and run through both engines.
/// </summary>
public class Re2RegexEngineAgreementTests
{
    private static readonly string[] Atoms =
    [
        // Large Unicode classes are left out: NonBacktracking takes a few hundred milliseconds
        // to build each of them (the final-newline case they exposed has its own test).
        "a", "b", "é", "\U0001F600", "\\n", ".", "[^a]", "\\d", "\\w", "\\W", "\\s", "[a-c]",
        "(?i:k)", "(?s:.)", "[\\x{10400}-\\x{1044F}]", "[[:^alpha:]]", "^", "$", "\\b", "\\B", "\\A", "\\z", "(?m:^)", "(?m:$)",
    ];

    private static readonly string[] Quantifiers = ["*", "+", "?", "{0,2}", "{1,3}", "*?", "+?", "??", "{2}"];

    private static readonly string[] Letters = ["a", "b", "c", "\n", "é", "\U0001F600", " ", "1", "Σ", "σ", "k", "\u212A", "\u0663"];

    [Fact]
    public void NonBacktracking_agrees_with_the_backtracking_engine_on_translated_patterns()
    {
        var random = new Random(20240517);
        var mismatches = new List<string>();
        for (var p = 0; p < 300 && mismatches.Count < 5; p++)
        {
            var pattern = RandomRe2.Pattern(random, Atoms, Quantifiers);
            Assert.True(Re2Regex.TryTranslate(pattern, out var translated, out var error), error);
            var linear = new Regex(translated, Re2Regex.Options);
            var backtracking = new Regex(translated, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
            for (var i = 0; i < 60; i++)
            {
                var text = RandomRe2.Text(random, Letters, maxLength: 6);
                if (linear.IsMatch(text) != backtracking.IsMatch(text))
                    mismatches.Add($"`{pattern}` on \"{text.Replace("\n", "\\n", StringComparison.Ordinal)}\"");
            }
        }
        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData("\\PL", "\n")]
    [InlineData("\\pL\\n", "é\n")]
    [InlineData("[^\\pL\\pN]", "a\n")]
    [InlineData("\\PL\\z", "ab\n")]
    public void A_final_newline_matches_patterns_with_many_character_classes(string pattern, string text)
    {
        Assert.True(Re2Regex.TryTranslate(pattern, out var translated, out _));
        Assert.Matches(new Regex(translated, RegexOptions.CultureInvariant), text);
        Assert.True(Re2Regex.Get(pattern).IsMatch(text));
    }
}
