using Policy.Proxy.ClientHello;

namespace Policy.Proxy.Tests.ClientHello;

/// <summary>The text overload used for configured names agrees with the byte overload used for SNI.</summary>
public sealed class HostNameNormalizerTests
{
    [Theory]
    [InlineData("Example.COM.", "example.com")]
    [InlineData("a.b.c.d.e", "a.b.c.d.e")]
    [InlineData("123.example", "123.example")]
    [InlineData("example.123a", "example.123a")]
    public void Text_names_are_normalised(string text, string expected)
    {
        Assert.True(HostNameNormalizer.TryNormalize(text, out var name, out var reason));
        Assert.Equal(expected, name);
        Assert.Null(reason);
    }

    [Theory]
    [InlineData("exämple.com", ClientHelloReasons.NonAscii)]
    [InlineData("10.0.0.1", ClientHelloReasons.IpLiteral)]
    [InlineData("example.123", ClientHelloReasons.IpLiteral)]
    [InlineData("fe80::1%eth0", ClientHelloReasons.IpLiteral)]
    [InlineData("under_score.example", ClientHelloReasons.InvalidCharacter)]
    public void Bad_text_names_are_refused(string text, string expected)
    {
        Assert.False(HostNameNormalizer.TryNormalize(text, out var name, out var reason));
        Assert.Null(name);
        Assert.Equal(expected, reason);
    }

    [Fact]
    public void Overlong_text_is_refused_before_any_copy()
    {
        Assert.False(HostNameNormalizer.TryNormalize(new string('a', 100_000), out _, out var reason));
        Assert.Equal(ClientHelloReasons.NameTooLong, reason);
    }
}
