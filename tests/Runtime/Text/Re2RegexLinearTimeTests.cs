using Policy.Runtime.Text;
using Policy.Runtime.Values;

namespace Policy.Runtime.Tests.Text;

/// <summary>
/// Patterns that take exponential time in a backtracking engine finish on long inputs. No
/// timing is asserted: a regression would hang the run rather than fail an assertion.
/// </summary>
public class Re2RegexLinearTimeTests
{
    private const int Length = 50_000;

    [Theory]
    [InlineData("(a+)+$", "a", "!", false)]
    [InlineData("(a+)+$", "a", "", true)]
    [InlineData("^(a|aa)+$", "a", "b", false)]
    [InlineData("^(a|a?)+$", "a", "b", false)]
    [InlineData("(x+x+)+y", "x", "", false)]
    [InlineData("(x+x+)+y", "x", "y", true)]
    [InlineData("^(\\w+\\s?)*$", "a", "!", false)]
    [InlineData("(.*a){20}", "a", "", true)]
    [InlineData("^(.*a){20}$", "a", "b", false)]
    [InlineData("^(a*)*b", "a", "", false)]
    [InlineData("(?i)^(A+)+$", "a", "!", false)]
    [InlineData("^([^a]|a)*\\z", "\U0001F600", "", true)]
    public void Catastrophic_backtracking_patterns_complete_with_the_right_answer(string pattern, string unit, string suffix, bool expected)
    {
        var text = string.Concat(Enumerable.Repeat(unit, Length)) + suffix;
        Assert.Equal(CelBool.Of(expected), Re2Regex.Matches(text, pattern));
    }

    [Fact]
    public void A_large_counted_repetition_over_a_long_input_completes()
    {
        var text = new string('a', Length);
        Assert.Equal(CelBool.True, Re2Regex.Matches(text, "a{1000}"));
        Assert.Equal(CelBool.False, Re2Regex.Matches(text, "a{1000}b"));
        Assert.Equal(CelBool.False, Re2Regex.Matches(text + "\U0001F600", "[^a]{2}"));
    }
}
