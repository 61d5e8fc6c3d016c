using Policy.Proxy.Endpoints;

namespace Policy.Proxy.Tests.Endpoints;

public sealed class HostTableTests
{
    private static HostTable<string> Table(params string[] patterns)
    {
        var table = new HostTable<string>();
        foreach (var p in patterns) Assert.True(table.TryAdd(p, p));
        return table;
    }

    [Theory]
    [InlineData("app.example.com", "app.example.com")]
    [InlineData("x.example.com", "*.example.com")]
    [InlineData("a.b.c.example.com", "*.example.com")]
    [InlineData("x.b.example.com", "*.b.example.com")]
    [InlineData("y.x.b.example.com", "*.b.example.com")]
    [InlineData("b.example.com", "*.example.com")]
    public void Exact_beats_wildcard_and_the_longest_wildcard_wins(string name, string expected)
    {
        var table = Table("*.example.com", "app.example.com", "*.b.example.com");
        Assert.True(table.TryMatch(name, out var found));
        Assert.Equal(expected, found);
    }

    [Theory]
    [InlineData("example.com")]
    [InlineData("other.com")]
    [InlineData("example.com.evil")]
    [InlineData("xexample.com")]
    public void A_wildcard_does_not_match_its_bare_suffix_or_other_names(string name) =>
        Assert.False(Table("*.example.com").TryMatch(name, out _));

    [Fact]
    public void A_pattern_can_be_added_once() => Assert.False(Table("*.a.test").TryAdd("*.a.test", "again"));
}
