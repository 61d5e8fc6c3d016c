using Policy.Proxy.Configuration;

namespace Policy.Proxy.Tests.Configuration;

public sealed class EnvironmentExpanderTests
{
    private static string? Lookup(string name) => name switch { "A" => "1", "B" => "two", _ => null };

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("${env:A}", "1")]
    [InlineData("x-${env:A}-${env:B}-y", "x-1-two-y")]
    [InlineData("${conn.tls.sni}", "${conn.tls.sni}")]
    public void References_are_replaced_and_other_text_kept(string input, string expected) =>
        Assert.Equal(expected, EnvironmentExpander.Expand(input, Lookup, out _));

    [Theory]
    [InlineData("${env:C}", "C")]
    [InlineData("${env:}", "")]
    [InlineData("${env:A", "A")]
    public void Missing_variables_are_named(string input, string missing)
    {
        Assert.Null(EnvironmentExpander.Expand(input, Lookup, out var name));
        Assert.Equal(missing, name);
    }
}
