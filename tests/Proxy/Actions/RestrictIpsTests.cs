using Policy.Proxy.Tests.Support;
using Xunit.Abstractions;

namespace Policy.Proxy.Tests.Actions;

public sealed class RestrictIpsTests(ITestOutputHelper output) : ActionTestBase(output)
{
    private const string LogResult = """
        - actions:
            - type: log
              config:
                metadata:
                  action: "${actions.ngrok.restrict_ips.action}"
                  cidr: "${actions.ngrok.restrict_ips.matched_cidr}"
        """;

    [Theory]
    [InlineData("allow: [\"127.0.0.0/8\"]", "allow", "127.0.0.0/8")]
    [InlineData("allow: [\"10.0.0.0/8\", \"127.0.0.1/32\", \"::1/128\"]", "allow", "127.0.0.1/32")]
    [InlineData("deny: [\"192.0.2.0/24\"]", "allow", "")]
    public async Task Allowed_clients_pass_through(string lists, string action, string cidr)
    {
        await using var upstream = RawUpstream.Echo();
        await using var proxy = await TestProxy.StartAsync(Config(upstream.Port, $"""
            - actions:
                - type: restrict-ips
                  config:
                    enforce: true
                    {lists}
            {LogResult}
            """), Output);
        var (data, _, e) = await OneConnectionAsync(proxy);
        Assert.Equal("completed", e.CloseReason);
        Assert.Equal(Hellos.For("app.example.test"), data);
        Assert.Equal(new Dictionary<string, string> { ["action"] = action, ["cidr"] = cidr }, Assert.Single(e.Logs));
    }

    [Theory]
    [InlineData("deny: [\"127.0.0.1/32\"]")]
    [InlineData("allow: [\"10.0.0.0/8\"]")]
    [InlineData("allow: [\"127.0.0.0/8\"]\n        deny: [\"127.0.0.0/24\"]")]
    public async Task Blocked_clients_are_closed_before_the_upstream_is_dialled(string lists)
    {
        await using var upstream = RawUpstream.Echo();
        await using var proxy = await TestProxy.StartAsync(Config(upstream.Port, $"""
            - actions:
                - type: restrict-ips
                  config:
                    {lists}
            {LogResult}
            """), Output);
        var (data, closed, e) = await OneConnectionAsync(proxy);
        Assert.True(closed);
        Assert.Empty(data);
        Assert.Equal("restrict_ips", e.CloseReason);
        Assert.Empty(e.Logs);
        Assert.Equal(0, upstream.AcceptedCount);
    }

    [Fact]
    public async Task Enforce_false_only_records_the_decision()
    {
        await using var upstream = RawUpstream.Echo();
        await using var proxy = await TestProxy.StartAsync(Config(upstream.Port, $"""
            - actions:
                - type: restrict-ips
                  config:
                    enforce: false
                    deny: ["127.0.0.1/32"]
            {LogResult}
            """), Output);
        var (data, _, e) = await OneConnectionAsync(proxy);
        Assert.Equal("completed", e.CloseReason);
        Assert.NotEmpty(data);
        Assert.Equal(new Dictionary<string, string> { ["action"] = "deny", ["cidr"] = "127.0.0.1/32" }, Assert.Single(e.Logs));
    }
}
