using Policy.Proxy.Configuration;

namespace Policy.Proxy.Tests.Configuration;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData("3s", 3000)]
    [InlineData("250ms", 250)]
    [InlineData("5m", 300_000)]
    [InlineData("1h30m", 5_400_000)]
    [InlineData("1.5s", 1500)]
    [InlineData(" 2s ", 2000)]
    public void Durations_parse_like_go(string text, double milliseconds)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), DurationText.Parse(text, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("")]
    [InlineData("s")]
    [InlineData("3 s")]
    [InlineData("3d")]
    [InlineData("-3s")]
    public void Non_durations_are_refused_with_a_reason(string text)
    {
        Assert.Null(DurationText.Parse(text, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Theory]
    [InlineData(250, "250ms")]
    [InlineData(3000, "3s")]
    [InlineData(300_000, "5m")]
    [InlineData(7_200_000, "2h")]
    public void Durations_format_back_to_short_text(double milliseconds, string text) =>
        Assert.Equal(text, DurationText.Format(TimeSpan.FromMilliseconds(milliseconds)));
}
