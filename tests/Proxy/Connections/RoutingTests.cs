using Policy.Proxy.Tests.Support;
using Xunit.Abstractions;

namespace Policy.Proxy.Tests.Connections;

public sealed class RoutingTests(ITestOutputHelper output)
{
    private const string Close = """
            traffic_policy:
              on_tcp_connect:
                - actions:
                    - type: close-connection
        """;

    private static readonly string Config = $"""
        endpoints:
          - name: exact
            url: tls://app.example.test
        {Close}
          - name: wild
            url: tls://*.example.test
        {Close}
          - name: deeper
            url: tls://*.b.example.test
        {Close}
          - name: internal
            url: tls://app.internal
        {Close}
        """;

    [Theory]
    [InlineData("app.example.test", "exact")]
    [InlineData("x.example.test", "wild")]
    [InlineData("x.y.z.example.test", "wild")]
    [InlineData("b.example.test", "wild")]
    [InlineData("x.b.example.test", "deeper")]
    [InlineData("x.y.b.example.test", "deeper")]
    public async Task The_exact_name_wins_then_the_most_specific_wildcard(string serverName, string endpoint)
    {
        await using var proxy = await TestProxy.StartAsync(Config, output);
        using var client = await Hellos.SendAsync(proxy.Port, serverName);
        var e = await proxy.Events.NextAsync();
        Assert.Equal((endpoint, "closed_by_policy", serverName), (e.EndpointName, e.CloseReason, e.ServerName));
    }

    [Theory]
    [InlineData("example.test")]
    [InlineData("app.internal")]
    [InlineData("other.test")]
    public async Task Names_no_public_endpoint_serves_get_an_unrecognized_name_alert(string serverName)
    {
        await using var proxy = await TestProxy.StartAsync(Config, output);
        using var client = await Hellos.SendAsync(proxy.Port, serverName);
        var (data, closed) = await client.ReadToEndAsync();
        Assert.True(closed);
        Assert.Equal(new byte[] { 21, 3, 3, 0, 2, 2, 112 }, data);
        var e = await proxy.Events.NextAsync();
        Assert.Equal(("unknown_endpoint", "", serverName), (e.CloseReason, e.EndpointName, e.ServerName));
    }

    [Fact]
    public async Task Pooled_endpoints_share_connections_in_turn()
    {
        const string pooled = """
            endpoints:
              - name: one
                url: tls://pool.test
                pooling_enabled: true
                traffic_policy: {on_tcp_connect: [{actions: [{type: close-connection}]}]}
              - name: two
                url: tls://pool.test
                pooling_enabled: true
                traffic_policy: {on_tcp_connect: [{actions: [{type: deny}]}]}
            """;
        await using var proxy = await TestProxy.StartAsync(pooled, output);
        var names = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            using var client = await Hellos.SendAsync(proxy.Port, "pool.test");
            var e = await proxy.Events.NextAsync();
            names.Add(e.EndpointName);
            // Each member runs its own policy.
            Assert.Equal(e.EndpointName == "one" ? "closed_by_policy" : "denied", e.CloseReason);
        }
        Assert.Equal(5, names.Count(n => n == "one"));
        Assert.Equal(5, names.Count(n => n == "two"));
    }
}
