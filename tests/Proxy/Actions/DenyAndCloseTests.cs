using Policy.Proxy.Tests.Support;
using Xunit.Abstractions;

namespace Policy.Proxy.Tests.Actions;

public sealed class DenyAndCloseTests(ITestOutputHelper output) : ActionTestBase(output)
{
    [Theory]
    [InlineData("deny", "denied")]
    [InlineData("close-connection", "closed_by_policy")]
    public async Task The_connection_closes_and_the_upstream_is_never_dialled(string action, string reason)
    {
        await using var upstream = RawUpstream.Echo();
        await using var proxy = await TestProxy.StartAsync(Config(upstream.Port, $"- actions:\n    - type: {action}"), Output);
        var (data, closed, e) = await OneConnectionAsync(proxy);
        Assert.True(closed);
        Assert.Empty(data);
        Assert.Equal(reason, e.CloseReason);
        Assert.Equal(0, upstream.AcceptedCount);
    }

    [Fact]
    public async Task Only_connections_matching_the_expression_are_denied()
    {
        await using var upstream = RawUpstream.Echo();
        var config = Config(upstream.Port, """
            - expressions: ["conn.tls.sni.startsWith('blocked.')"]
              actions:
                - type: deny
            """).Replace("tls://app.example.test", "tls://*.example.test", StringComparison.Ordinal);
        await using var proxy = await TestProxy.StartAsync(config, Output);

        var (_, _, blocked) = await OneConnectionAsync(proxy, "blocked.example.test");
        Assert.Equal("denied", blocked.CloseReason);
        var (echoed, _, allowed) = await OneConnectionAsync(proxy, "ok.example.test");
        Assert.Equal("completed", allowed.CloseReason);
        Assert.Equal(Hellos.For("ok.example.test"), echoed);
        Assert.Equal(1, upstream.AcceptedCount);
    }
}
