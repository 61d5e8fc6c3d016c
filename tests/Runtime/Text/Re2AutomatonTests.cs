using System.Reflection;
using Policy.Runtime.Text;

namespace Policy.Runtime.Tests.Text;

/// <summary>
/// The deterministic automaton must answer exactly as the translated regex does: every case of
/// <see cref="Re2RegexMatchTests"/>, and random patterns over random texts.
/// </summary>
public class Re2AutomatonTests
{
    public static TheoryData<string, string, bool> MatchCases()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var method in typeof(Re2RegexMatchTests).GetMethods())
        {
            foreach (var row in method.GetCustomAttributes<InlineDataAttribute>().SelectMany(a => a.GetData(method)))
            {
                if (row is [string pattern, string text, bool expected]) data.Add(pattern, text, expected);
            }
        }
        return data;
    }

    [Fact]
    public void The_match_cases_are_harvested_and_most_have_an_automaton()
    {
        var cases = MatchCases().Select(row => (string)row[0]).Distinct().ToList();
        Assert.True(cases.Count > 100, $"{cases.Count} patterns");
        Assert.True(cases.Count(p => Re2Automaton.TryBuild(p) is not null) > cases.Count * 3 / 4);
    }

    [Theory]
    [MemberData(nameof(MatchCases))]
    public void Automaton_answers_every_match_case(string pattern, string text, bool expected)
    {
        var automaton = Re2Automaton.TryBuild(pattern);
        if (automaton is null) return; // runs on the regex; Re2RegexMatchTests covers it
        Assert.Equal(expected, automaton.IsMatch(text));
    }

    [Theory]
    [InlineData("\\bfoo", "line and word assertions need the characters around a position")]
    [InlineData("(?m)^foo", "line and word assertions need the characters around a position")]
    [InlineData("a{1000}", "a thousand states")]
    [InlineData("(?:a|b)*a(?:a|b){12}", "2^13 subsets: the classic exponential DFA")]
    [InlineData("\\pL+", "large Unicode classes stay on the regex")]
    [InlineData("(", "not valid RE2")]
    public void Patterns_without_a_small_automaton_have_none(string pattern, string why) =>
        Assert.True(Re2Automaton.TryBuild(pattern) is null, why);

    [Theory]
    [InlineData("", Re2Automaton.Matched)]
    [InlineData("a*", Re2Automaton.Matched)]
    [InlineData("^", Re2Automaton.Matched)]
    [InlineData("a", 0)]
    public void A_pattern_that_matches_every_text_starts_matched(string pattern, int start) =>
        Assert.Equal(start, Re2Automaton.TryBuild(pattern)!.Start);

    [Fact]
    public void A_typical_host_pattern_needs_few_states_and_ranges()
    {
        var automaton = Re2Automaton.TryBuild("^[a-z]+\\.example\\.com$")!;
        Assert.InRange(automaton.States.Count, 12, 14);
        Assert.All(automaton.States, s => Assert.InRange(s.Transitions.Count, 0, 2));
        Assert.True(automaton.IsMatch("app.example.com"));
        Assert.False(automaton.IsMatch("app.example.com\n"));
        Assert.False(automaton.IsMatch("App.example.com"));
    }

    [Theory]
    // Texts are escaped: attribute strings cannot carry unpaired surrogates.
    [InlineData("^.$", "\\uD800", true)] // an unpaired surrogate is one U+FFFD
    [InlineData("^\\x{FFFD}$", "\\uDC00", true)]
    [InlineData("^..$", "\\uD83D\\uDE00", false)] // a pair is one code point
    [InlineData("^\\x{1F600}$", "\\uD83D\\uDE00", true)]
    [InlineData("^..\\z", "\\uD83Dx", true)]
    [InlineData("^..\\z", "x\\uDE00", true)]
    public void Surrogates_read_as_code_points(string pattern, string escapedText, bool expected)
    {
        var text = System.Text.RegularExpressions.Regex.Unescape(escapedText);
        Assert.Equal(expected, Re2Regex.Get(pattern).IsMatch(text));
        Assert.Equal(expected, Re2Automaton.TryBuild(pattern)!.IsMatch(text));
    }

    private static readonly string[] Atoms =
    [
        "a", "b", "é", "\U0001F600", "\\n", ".", "[^a]", "\\d", "[a-c]", "(?i:k)", "(?s:.)", "(?i:σ)",
        "[\\x{10400}-\\x{1044F}]", "[[:^alpha:]]", "^", "$", "\\A", "\\z",
    ];

    private static readonly string[] Quantifiers = ["*", "+", "?", "{0,2}", "{1,3}", "*?", "+?", "{2}", "{2,}"];

    private static readonly string[] Letters = ["a", "b", "c", "\n", "é", "\U0001F600", " ", "1", "Σ", "ς", "k", "\u212A", "\uD800", "\uDE00", "x"];

    [Fact]
    public void Automaton_agrees_with_the_regex_on_random_patterns()
    {
        var random = new Random(20261128);
        var mismatches = new List<string>();
        var built = 0;
        for (var p = 0; p < 400 && mismatches.Count < 5; p++)
        {
            var pattern = RandomRe2.Pattern(random, Atoms, Quantifiers);
            var automaton = Re2Automaton.TryBuild(pattern);
            if (automaton is null) continue;
            built++;
            var regex = Re2Regex.Get(pattern);
            for (var i = 0; i < 40; i++)
            {
                var text = RandomRe2.Text(random, Letters, maxLength: 7);
                if (automaton.IsMatch(text) != regex.IsMatch(text))
                    mismatches.Add($"`{pattern}` on \"{text.Replace("\n", "\\n", StringComparison.Ordinal)}\"");
            }
        }
        Assert.Empty(mismatches);
        Assert.True(built > 300, $"only {built} patterns had an automaton");
    }
}
