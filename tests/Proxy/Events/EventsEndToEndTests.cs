using System.Net;
using System.Text.Json;
using Policy.Proxy.Hosting;
using Policy.Proxy.Tests.Support;
using Xunit.Abstractions;

namespace Policy.Proxy.Tests.Events;

public sealed class EventsEndToEndTests(ITestOutputHelper output)
{
    [Fact]
    public async Task An_event_describes_the_connection()
    {
        await using var upstream = RawUpstream.Echo();
        await using var proxy = await TestProxy.StartAsync($"""
            server_region: test-region
            endpoints:
              - name: app
                url: tls://app.example.test
                upstream: {"{"}url: "127.0.0.1:{upstream.Port}"{"}"}
            """, output);
        var before = DateTimeOffset.UtcNow;
        using (var client = await Hellos.SendAsync(proxy.Port, "app.example.test"))
        {
            await client.SendAsync(new byte[1000]);
            client.Socket.Shutdown(System.Net.Sockets.SocketShutdown.Send);
            await client.ReadToEndAsync();
        }
        var e = await proxy.Events.NextAsync();
        var sent = Hellos.For("app.example.test").Length + 1000;
        Assert.Matches("^ev_", e.EventId);
        Assert.Equal((sent, sent), (e.BytesIn, e.BytesOut));
        Assert.Equal(("127.0.0.1", "127.0.0.1", "app.example.test", (long)proxy.Port), (e.ClientIp, e.ServerIp, e.ServerName, e.ServerPort));
        Assert.Equal(("app", "tls://app.example.test", Policy.Proxy.Endpoints.EndpointIds.ForName("app")), (e.EndpointName, e.EndpointUrl, e.EndpointId));
        Assert.InRange(e.Start, before.AddSeconds(-1), e.End);
        Assert.InRange(e.End, e.Start, DateTimeOffset.UtcNow);
        Assert.Matches("^t13d[0-9]{4}[a-z0-9]{2}_[0-9a-f]{12}_[0-9a-f]{12}$", e.Ja4Fingerprint);
        Assert.Equal("completed", e.CloseReason);
    }

    [Fact]
    public async Task Every_event_is_in_the_file_after_a_graceful_stop()
    {
        await using var upstream = RawUpstream.Echo();
        var dir = TempDirectory.Create();
        try
        {
            var path = Path.Combine(dir, "proxy.yml");
            await File.WriteAllTextAsync(path, $$"""
                listen: 127.0.0.1:0
                events: events.jsonl
                endpoints:
                  - name: app
                    url: tls://app.example.test
                    upstream: {url: "127.0.0.1:{{upstream.Port}}"}
                """);
            var server = new ProxyServer(ConfigSource.FromFile(path), TestLoggerProvider.Factory(output), new ProxyServerOptions { WatchFiles = false, TrimMemoryWhenQuiet = false });
            Assert.True(await server.StartAsync());
            var port = server.ListenEndPoints[0].Port;
            const int count = 40;
            var clients = await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
            {
                using var c = await Hellos.SendAsync(port, i % 2 == 0 ? "app.example.test" : "unknown.example.test");
                c.Socket.Shutdown(System.Net.Sockets.SocketShutdown.Send);
                return (await c.ReadToEndAsync()).Closed;
            }));
            Assert.All(clients, Assert.True);
            await server.StopAsync(TimeSpan.FromSeconds(2));

            var lines = await File.ReadAllLinesAsync(Path.Combine(dir, "events.jsonl"));
            Assert.Equal(count, lines.Length);
            var reasons = lines.Select(l => JsonDocument.Parse(l).RootElement)
                .Select(r => (r.GetProperty("event_type").GetString(), r.GetProperty("object").GetProperty("close_reason").GetString()))
                .GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
            Assert.Equal(count / 2, reasons[("tcp_connection_closed.v0", "completed")]);
            Assert.Equal(count / 2, reasons[("tcp_connection_closed.v0", "unknown_endpoint")]);
        }
        finally
        {
            TempDirectory.Delete(dir);
        }
    }
}
