using Policy.Proxy.Tests.Support;
using Xunit.Abstractions;

namespace Policy.Proxy.Tests.Hosting;

public sealed class ReloadTests(ITestOutputHelper output)
{
    private static string Config(int upstreamPort, string action) => $"""
        endpoints:
          - name: app
            url: tls://app.example.test
            upstream: {"{"}url: "127.0.0.1:{upstreamPort}"{"}"}
            traffic_policy:
              on_tcp_connect:
                - actions:
                    - type: log
                      config: {"{"}metadata: {"{"}policy: "{action}"{"}"}{"}"}
        {(action == "deny" ? "            - type: deny" : "")}
          - name: other
            url: tls://other.example.test
            upstream: {"{"}url: "127.0.0.1:{upstreamPort}"{"}"}
            traffic_policy:
              on_tcp_connect:
                - actions:
                    - type: log
                      config: {"{"}metadata: {"{"}unchanged: "yes"{"}"}{"}"}
        """;

    private static async Task<string> CloseReasonAsync(TestProxy proxy)
    {
        using var client = await Hellos.SendAsync(proxy.Port, "app.example.test");
        client.Socket.Shutdown(System.Net.Sockets.SocketShutdown.Send);
        await client.ReadToEndAsync();
        return (await proxy.Events.NextAsync()).CloseReason;
    }

    [Fact]
    public async Task A_valid_change_applies_to_new_connections_and_leaves_open_ones_alone()
    {
        await using var upstream = RawUpstream.Echo();
        await using var proxy = await TestProxy.StartAsync(Config(upstream.Port, "allow"), output);
        var firstPolicies = proxy.Server.Current.Policies;

        // An open pass-through connection, established under the first config.
        using var open = await Hellos.SendAsync(proxy.Port, "app.example.test");
        await open.ReadExactlyAsync(Hellos.For("app.example.test").Length);

        await proxy.WriteConfigAsync(Config(upstream.Port, "deny"));
        Assert.True(await proxy.Server.ReloadAsync("test"));
        Assert.Equal(2, proxy.Server.Current.Generation);
        Assert.Equal("denied", await CloseReasonAsync(proxy));

        // Only the changed policy was compiled again; the other one is the same object.
        var unchanged = proxy.Server.Current.Endpoints.All.Single(e => e.Name == "other").Policy;
        Assert.Contains(unchanged, firstPolicies.Values);
        Assert.DoesNotContain(proxy.Server.Current.Endpoints.All.Single(e => e.Name == "app").Policy, firstPolicies.Values);

        await open.SendAsync("still here"u8.ToArray());
        Assert.Equal("still here"u8.ToArray(), await open.ReadExactlyAsync(10));
        open.Socket.Shutdown(System.Net.Sockets.SocketShutdown.Send);
        await open.ReadToEndAsync();
        var e = await proxy.Events.NextAsync();
        Assert.Equal(("completed", "allow"), (e.CloseReason, e.Logs.Single()["policy"]));
    }

    [Fact]
    public async Task An_invalid_change_is_reported_and_the_old_config_keeps_serving()
    {
        await using var upstream = RawUpstream.Echo();
        await using var proxy = await TestProxy.StartAsync(Config(upstream.Port, "deny"), output);
        await proxy.WriteConfigAsync(Config(upstream.Port, "deny").Replace("type: deny", "type: no-such-action", StringComparison.Ordinal));
        Assert.False(await proxy.Server.ReloadAsync("test"));
        var error = proxy.Server.LastDiagnostics.First(d => d.IsError);
        // Line 11: the test harness put a listen line in front of the config.
        Assert.Equal((proxy.ConfigPath, 11), (error.Location.Path, error.Location.Line));
        Assert.Contains("no-such-action", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, proxy.Server.Current.Generation);
        Assert.Equal("denied", await CloseReasonAsync(proxy));

        await proxy.WriteConfigAsync("endpoints: [");
        Assert.False(await proxy.Server.ReloadAsync("test"));
        Assert.Equal("denied", await CloseReasonAsync(proxy));
    }

    [Fact]
    public async Task Saving_the_config_file_reloads_it()
    {
        await using var upstream = RawUpstream.Echo();
        await using var proxy = await TestProxy.StartAsync(Config(upstream.Port, "deny"), output, watch: true);
        Assert.Equal("denied", await CloseReasonAsync(proxy));
        await proxy.WriteConfigAsync(Config(upstream.Port, "allow"));
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (proxy.Server.ReloadCount == 0 && DateTime.UtcNow < deadline) await Task.Delay(25);
        Assert.Equal(1, proxy.Server.ReloadCount);
        Assert.Equal("completed", await CloseReasonAsync(proxy));
    }

    [Fact]
    public async Task A_reload_can_add_and_remove_listeners()
    {
        await using var upstream = RawUpstream.Echo();
        await using var proxy = await TestProxy.StartAsync(Config(upstream.Port, "allow"), output);
        var second = Openssl.FreePort();
        await proxy.WriteConfigAsync($"listen: [\"127.0.0.1:0\", \"127.0.0.1:{second}\"]\n" + Config(upstream.Port, "allow"));
        Assert.True(await proxy.Server.ReloadAsync("test"));
        Assert.Contains(proxy.Server.ListenEndPoints, e => e.Port == second);
        using (var client = await Hellos.SendAsync(second, "app.example.test"))
        {
            client.Socket.Shutdown(System.Net.Sockets.SocketShutdown.Send);
            await client.ReadToEndAsync();
        }
        Assert.Equal("completed", (await proxy.Events.NextAsync()).CloseReason);
        await proxy.WriteConfigAsync($"listen: 127.0.0.1:{second}\n" + Config(upstream.Port, "allow"));
        Assert.True(await proxy.Server.ReloadAsync("test"));
        Assert.Equal([second], proxy.Server.ListenEndPoints.Select(e => e.Port));
    }
}
