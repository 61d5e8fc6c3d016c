using Policy.Proxy.Tests.Support;
using Xunit.Abstractions;

namespace Policy.Proxy.Tests.Hosting;

public sealed class ShutdownTests(ITestOutputHelper output)
{
    private static string Config(int upstreamPort, string limits = "") => $"""
        {limits}
        endpoints:
          - name: app
            url: tls://app.example.test
            upstream: {"{"}url: "127.0.0.1:{upstreamPort}"{"}"}
        """;

    [Fact]
    public async Task Stop_waits_for_open_connections_then_closes_the_rest_as_shutdown()
    {
        await using var upstream = RawUpstream.Echo();
        await using var proxy = await TestProxy.StartAsync(Config(upstream.Port), output);
        using var finishing = await Hellos.SendAsync(proxy.Port, "app.example.test");
        using var lingering = await Hellos.SendAsync(proxy.Port, "app.example.test");
        await finishing.ReadExactlyAsync(Hellos.For("app.example.test").Length);
        await lingering.ReadExactlyAsync(Hellos.For("app.example.test").Length);

        var port = proxy.Port;
        var stopping = proxy.Server.StopAsync(TimeSpan.FromMilliseconds(600));
        await Task.Delay(100);
        // New connections are refused while draining; open ones keep working.
        await Assert.ThrowsAnyAsync<System.Net.Sockets.SocketException>(() => RawClient.ConnectAsync(port));
        await finishing.SendAsync("bye"u8.ToArray());
        Assert.Equal("bye"u8.ToArray(), await finishing.ReadExactlyAsync(3));
        finishing.Socket.Shutdown(System.Net.Sockets.SocketShutdown.Send);
        await finishing.ReadToEndAsync();
        await stopping.WaitAsync(TimeSpan.FromSeconds(5));

        var (_, closed) = await lingering.ReadToEndAsync(TimeSpan.FromSeconds(1));
        Assert.True(closed);
        var reasons = (await proxy.Events.NextAsync(2)).Select(e => e.CloseReason).Order().ToList();
        Assert.Equal(["completed", "shutdown"], reasons);
    }

    [Fact]
    public async Task Connections_beyond_max_connections_are_closed_on_accept()
    {
        await using var upstream = RawUpstream.Echo();
        await using var proxy = await TestProxy.StartAsync(Config(upstream.Port, "limits: {max_connections: 2}"), output);
        using var a = await Hellos.SendAsync(proxy.Port, "app.example.test");
        using var b = await Hellos.SendAsync(proxy.Port, "app.example.test");
        await a.ReadExactlyAsync(10);
        await b.ReadExactlyAsync(10);
        using var c = await RawClient.ConnectAsync(proxy.Port);
        var (_, closed) = await c.ReadToEndAsync();
        Assert.True(closed);
        Assert.Equal("too_many_connections", (await proxy.Events.NextAsync()).CloseReason);
    }
}
