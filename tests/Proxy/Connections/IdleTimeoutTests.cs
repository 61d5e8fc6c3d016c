using Policy.Proxy.Tests.Support;
using Xunit.Abstractions;

namespace Policy.Proxy.Tests.Connections;

public sealed class IdleTimeoutTests(ITestOutputHelper output)
{
    private static string Config(int upstreamPort, string client, string server) => $"""
        limits:
          client_idle_timeout: {client}
          server_idle_timeout: {server}
        endpoints:
          - name: app
            url: tls://app.example.test
            upstream: {"{"}url: "127.0.0.1:{upstreamPort}"{"}"}
        """;

    [Theory]
    [InlineData("300ms", "5m", "client_idle_timeout")]
    [InlineData("5m", "300ms", "server_idle_timeout")]
    public async Task An_idle_connection_is_closed_with_the_reason_of_the_expired_timeout(string client, string server, string reason)
    {
        await using var upstream = RawUpstream.Echo();
        await using var proxy = await TestProxy.StartAsync(Config(upstream.Port, client, server), output);
        using var raw = await Hellos.SendAsync(proxy.Port, "app.example.test");
        var started = DateTime.UtcNow;
        var (echoed, closed) = await raw.ReadToEndAsync(TimeSpan.FromSeconds(3));
        Assert.True(closed);
        Assert.Equal(Hellos.For("app.example.test"), echoed);
        Assert.InRange(DateTime.UtcNow - started, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(2));
        Assert.Equal(reason, (await proxy.Events.NextAsync()).CloseReason);
    }

    [Fact]
    public async Task Traffic_keeps_a_connection_alive_past_the_idle_timeout()
    {
        await using var upstream = RawUpstream.Echo();
        await using var proxy = await TestProxy.StartAsync(Config(upstream.Port, "400ms", "400ms"), output);
        using var raw = await Hellos.SendAsync(proxy.Port, "app.example.test");
        await raw.ReadExactlyAsync(Hellos.For("app.example.test").Length);
        for (var i = 0; i < 6; i++)
        {
            await Task.Delay(150);
            await raw.SendAsync([(byte)i]);
            Assert.Equal([(byte)i], await raw.ReadExactlyAsync(1));
        }
        raw.Socket.Shutdown(System.Net.Sockets.SocketShutdown.Send);
        var (_, closed) = await raw.ReadToEndAsync();
        Assert.True(closed);
        Assert.Equal("completed", (await proxy.Events.NextAsync()).CloseReason);
    }
}
