using System.Text.Json;
using Policy.Proxy.Tests.Support;

namespace Policy.Proxy.Tests.Processes;

public sealed class SignalTests
{
    private static string Config(int upstreamPort, string action, string drain = "5s")
    {
        var line = action == "deny" ? "- {type: deny}" : "- {type: " + action + ", config: {metadata: {policy: " + action + "}}}";
        return $$"""
            listen: 127.0.0.1:0
            events: events.jsonl
            limits:
              drain_timeout: {{drain}}
            endpoints:
              - name: app
                url: tls://app.example.test
                upstream: {url: "127.0.0.1:{{upstreamPort}}"}
                traffic_policy:
                  on_tcp_connect:
                    - actions:
                        {{line}}
            """;
    }

    private static async Task<int> PortAsync(ProxyProcess proxy)
    {
        var log = await proxy.WaitForAsync("listening on 127.0.0.1:", stderr: true);
        var at = log.IndexOf("listening on 127.0.0.1:", StringComparison.Ordinal) + "listening on 127.0.0.1:".Length;
        return int.Parse(new string(log[at..].TakeWhile(char.IsAsciiDigit).ToArray()), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static List<JsonElement> Events(string dir) =>
        [.. File.ReadAllLines(Path.Combine(dir, "events.jsonl")).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("object"))];

    private static async Task<bool> ClosesAsync(int port)
    {
        using var client = await Hellos.SendAsync(port, "app.example.test");
        var (data, closed) = await client.ReadToEndAsync(TimeSpan.FromSeconds(3));
        return closed && data.Length == 0;
    }

    [Fact]
    public async Task Sighup_reloads_the_config_and_a_bad_config_keeps_the_old_one()
    {
        await using var upstream = RawUpstream.Echo();
        var dir = TempDirectory.Create();
        var path = Path.Combine(dir, "proxy.yml");
        await File.WriteAllTextAsync(path, Config(upstream.Port, "deny"));
        await using var proxy = ProxyProcess.Start(dir, "--config", path);
        try
        {
            var port = await PortAsync(proxy);
            Assert.True(await ClosesAsync(port));

            await File.WriteAllTextAsync(path, Config(upstream.Port, "log"));
            proxy.Signal(ProxyProcess.SigHup);
            await proxy.WaitForAsync("reloaded (", stderr: true);
            using (var client = await Hellos.SendAsync(port, "app.example.test"))
            {
                Assert.Equal(Hellos.For("app.example.test"), await client.ReadExactlyAsync(Hellos.For("app.example.test").Length));
            }
            Assert.Contains("reloaded (SIGHUP)", await proxy.WaitForAsync("reloaded (SIGHUP)", stderr: true), StringComparison.Ordinal);

            await File.WriteAllTextAsync(path, Config(upstream.Port, "no-such-action"));
            proxy.Signal(ProxyProcess.SigHup);
            var stderr = await proxy.WaitForAsync("reload (SIGHUP) failed", stderr: true);
            Assert.True(stderr.Contains($"{path}:12:22: error TP2201", StringComparison.Ordinal), stderr);
            using (var client = await Hellos.SendAsync(port, "app.example.test"))
            {
                Assert.Equal(Hellos.For("app.example.test"), await client.ReadExactlyAsync(Hellos.For("app.example.test").Length));
            }
        }
        finally
        {
            await proxy.DisposeAsync();
            TempDirectory.Delete(dir);
        }
    }

    [Fact]
    public async Task Sigterm_drains_open_connections_writes_every_event_and_exits_zero()
    {
        await using var upstream = RawUpstream.Echo();
        var dir = TempDirectory.Create();
        var path = Path.Combine(dir, "proxy.yml");
        await File.WriteAllTextAsync(path, Config(upstream.Port, "log", drain: "700ms"));
        await using var proxy = ProxyProcess.Start(dir, "--config", path);
        try
        {
            var port = await PortAsync(proxy);
            using var finishing = await Hellos.SendAsync(port, "app.example.test");
            using var lingering = await Hellos.SendAsync(port, "app.example.test");
            await finishing.ReadExactlyAsync(Hellos.For("app.example.test").Length);
            await lingering.ReadExactlyAsync(Hellos.For("app.example.test").Length);

            proxy.Signal(ProxyProcess.SigTerm);
            await proxy.WaitForAsync("stopped accepting", stderr: true);
            await finishing.SendAsync("done"u8.ToArray());
            Assert.Equal("done"u8.ToArray(), await finishing.ReadExactlyAsync(4));
            finishing.Socket.Shutdown(System.Net.Sockets.SocketShutdown.Send);
            Assert.True((await finishing.ReadToEndAsync()).Closed);

            Assert.Equal(0, await proxy.WaitForExitAsync(TimeSpan.FromSeconds(10)));
            Assert.True((await lingering.ReadToEndAsync(TimeSpan.FromSeconds(1))).Closed);
            var reasons = Events(dir).Select(e => e.GetProperty("close_reason").GetString()).ToList();
            Assert.Equal(["completed", "shutdown"], reasons.Order());
        }
        finally
        {
            await proxy.DisposeAsync();
            TempDirectory.Delete(dir);
        }
    }
}
