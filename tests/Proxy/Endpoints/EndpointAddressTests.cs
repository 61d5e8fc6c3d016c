using Policy.Proxy.Endpoints;

namespace Policy.Proxy.Tests.Endpoints;

public sealed class EndpointAddressTests
{
    [Theory]
    [InlineData("tls://App.Example.COM.", "tls://app.example.com", false, false, 443)]
    [InlineData("app.example.com", "tls://app.example.com", false, false, 443)]
    [InlineData("tls://app.example.com:443", "tls://app.example.com", false, false, 443)]
    [InlineData("tls://*.example.com", "tls://*.example.com", true, false, 443)]
    [InlineData("tls://db.internal", "tls://db.internal", false, true, 443)]
    [InlineData("tls://db.internal:5432", "tls://db.internal:5432", false, true, 5432)]
    public void Urls_parse_to_canonical_form(string text, string url, bool wildcard, bool isInternal, int port)
    {
        Assert.True(EndpointAddress.TryParse(text, out var a, out var error), error);
        Assert.Equal((url, wildcard, isInternal, port), (a.Url, a.IsWildcard, a.IsInternal, a.Port));
    }

    [Theory]
    [InlineData("tcp://a.test")]
    [InlineData("tls://a.test:0")]
    [InlineData("tls://*")]
    [InlineData("tls://a_b.test")]
    [InlineData("tls://[::1]")]
    [InlineData("tls://a.b.c.d.e.f.internal")]
    [InlineData("tls://.internal")]
    public void Bad_urls_are_refused(string text) => Assert.False(EndpointAddress.TryParse(text, out _, out _));
}
