using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Policy.Proxy.Tests.Support;
using Xunit.Abstractions;

namespace Policy.Proxy.Tests.Admin;

public sealed partial class MetricsTests(ITestOutputHelper output)
{
    [GeneratedRegex("""^(?<name>[a-z_]+)(\{(?<labels>[^}]*)\})? (?<value>\S+)$""", RegexOptions.Multiline)]
    private static partial Regex SampleLine();

    private static async Task<Dictionary<string, double>> ScrapeAsync(AdminProxy proxy)
    {
        using var response = await proxy.Http.GetAsync("metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("0.0.4", response.Content.Headers.ContentType.Parameters.Single(p => p.Name == "version").Value);
        var text = await response.Content.ReadAsStringAsync();
        return SampleLine().Matches(text).ToDictionary(m => m.Groups["name"].Value + "{" + m.Groups["labels"].Value + "}",
            m => m.Groups["value"].Value == "+Inf" ? double.PositiveInfinity : double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Counters_move_with_traffic_reloads_and_api_requests()
    {
        await using var upstream = RawUpstream.Echo();
        await using var proxy = await AdminProxy.StartAsync(EndpointLifecycleTests.Backend(upstream.Port), output);
        var before = await ScrapeAsync(proxy);
        Assert.Equal(0, before["policy_proxy_open_connections{}"]);
        Assert.Equal(1, before["policy_proxy_endpoints{type=\"agent\"}"]);

        var id = (await proxy.CreateOkAsync("tls://app.example.test", EndpointLifecycleTests.ForwardPolicy)).GetProperty("id").GetString();
        var (echoed, _) = await proxy.ConnectAsync("app.example.test");
        await proxy.ConnectAsync("nobody.example.test");
        Assert.True(await proxy.Server.ReloadAsync("test"));

        var after = await ScrapeAsync(proxy);
        Assert.Equal(1, after[$"policy_proxy_connections_total{{endpoint=\"{id}\",close_reason=\"completed\"}}"]);
        Assert.Equal(1, after["policy_proxy_connections_total{endpoint=\"\",close_reason=\"unknown_endpoint\"}"]);
        Assert.Equal(echoed.Length, after[$"policy_proxy_bytes_in_total{{endpoint=\"{id}\"}}"]);
        Assert.Equal(echoed.Length, after[$"policy_proxy_bytes_out_total{{endpoint=\"{id}\"}}"]);
        // Both policies ran once: the API endpoint's, and the internal endpoint it forwarded to.
        Assert.Equal(1, after[$"policy_proxy_policy_evaluation_seconds_count{{endpoint=\"{id}\"}}"]);
        Assert.Equal(1, after["policy_proxy_policy_evaluation_seconds_count{endpoint=\"backend\"}"]);
        Assert.Equal(1, after[$"policy_proxy_policy_evaluation_seconds_bucket{{endpoint=\"{id}\",le=\"+Inf\"}}"]);
        Assert.True(after[$"policy_proxy_policy_evaluation_seconds_sum{{endpoint=\"{id}\"}}"] < 1);
        Assert.Equal(1, after["policy_proxy_reloads_total{result=\"success\"}"]);
        Assert.Equal(1, after["policy_proxy_endpoints{type=\"cloud\"}"]);
        Assert.Equal(1, after["policy_proxy_admin_requests_total{method=\"POST\",route=\"/endpoints\",status=\"201\"}"]);
        Assert.Equal(1, after["policy_proxy_admin_requests_total{method=\"GET\",route=\"/metrics\",status=\"200\"}"]);
    }

    [Fact]
    public async Task Byte_counters_include_connections_that_are_still_open()
    {
        const int N = 50_000;
        await using var upstream = RawUpstream.Echo();
        await using var proxy = await AdminProxy.StartAsync($"""
              - name: app
                url: tls://app.example.test
                upstream: {"{"}url: "127.0.0.1:{upstream.Port}"{"}"}
            """, output);
        const string In = "policy_proxy_bytes_in_total{endpoint=\"app\"}";
        const string Out = "policy_proxy_bytes_out_total{endpoint=\"app\"}";
        var hello = Hellos.For("app.example.test");

        using var client = await Hellos.SendAsync(proxy.Port, "app.example.test");
        var payload = Enumerable.Range(0, N).Select(i => (byte)i).ToArray();
        await client.SendAsync(payload);
        var echoed = await client.ReadExactlyAsync(hello.Length + N);
        Assert.Equal(hello.Concat(payload).ToArray(), echoed);

        // The tunnel is still open: a scrape shows what it moved so far.
        var open = await ScrapeAsync(proxy);
        Assert.Equal(1, open["policy_proxy_open_connections{}"]);
        Assert.InRange(open[In], N, hello.Length + N);
        Assert.DoesNotContain(open, kv => kv.Key.StartsWith("policy_proxy_connections_total", StringComparison.Ordinal));

        // Scraping again without traffic adds nothing.
        var again = await ScrapeAsync(proxy);
        Assert.Equal(open[In], again[In]);

        client.Socket.Shutdown(System.Net.Sockets.SocketShutdown.Send);
        var (rest, closed) = await client.ReadToEndAsync();
        Assert.True(closed);
        Assert.Empty(rest);
        var e = await proxy.Events.NextAsync();
        Assert.Equal(("completed", hello.Length + N, hello.Length + N), (e.CloseReason, e.BytesIn, e.BytesOut));

        var after = await ScrapeAsync(proxy);
        Assert.Equal(0, after["policy_proxy_open_connections{}"]);
        Assert.True(after[In] >= again[In]);
        Assert.True(after[Out] >= again.GetValueOrDefault(Out));
        Assert.Equal((e.BytesIn, e.BytesOut), ((long)after[In], (long)after[Out]));
        Assert.Equal(1, after["policy_proxy_connections_total{endpoint=\"app\",close_reason=\"completed\"}"]);
    }

    [Fact]
    public async Task Endpoints_that_no_longer_serve_leave_no_series_behind()
    {
        const string front = """
              - name: front
                url: tls://front.example.test
                traffic_policy: {on_tcp_connect: [{actions: [{type: deny}]}]}
            """;
        await using var proxy = await AdminProxy.StartAsync(front, output);
        Assert.Equal("denied", (await proxy.ConnectAsync("front.example.test")).Event.CloseReason);
        Assert.Equal(1, (await ScrapeAsync(proxy))["policy_proxy_connections_total{endpoint=\"front\",close_reason=\"denied\"}"]);

        // Each endpoint the API creates is a new label value: without forgetting deleted ones,
        // creating and deleting would grow the series (and memory) without end.
        for (var i = 0; i < 3; i++)
        {
            var id = (await proxy.CreateOkAsync("tls://app.example.test", EndpointLifecycleTests.DenyPolicy)).GetProperty("id").GetString()!;
            var served = (await proxy.ConnectAsync("app.example.test")).Event;
            Assert.Equal((id, "denied"), (served.EndpointId, served.CloseReason));
            Assert.Equal(1, (await ScrapeAsync(proxy))[$"policy_proxy_policy_evaluation_seconds_count{{endpoint=\"{id}\"}}"]);
            using (var delete = await proxy.Http.DeleteAsync($"endpoints/{id}"))
                Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
            Assert.DoesNotContain(await ScrapeAsync(proxy), kv => kv.Key.Contains(id, StringComparison.Ordinal));
        }
        Assert.Equal(["front"], proxy.Server.Metrics.Connections.Snapshot().Select(c => c.Labels.Endpoint).Distinct());

        // A reload that drops a config endpoint forgets it too.
        await File.WriteAllTextAsync(proxy.ConfigPath, AdminProxy.Config(""));
        Assert.True(await proxy.Server.ReloadAsync("test"));
        Assert.DoesNotContain(await ScrapeAsync(proxy), kv => kv.Key.Contains("\"front\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Label_values_are_escaped()
    {
        var text = new Proxy.Admin.Metrics.PrometheusText().Sample("m", 1.5, ("l", "a\"b\\c\nd")).ToString();
        Assert.Equal("m{l=\"a\\\"b\\\\c\\nd\"} 1.5\n", text);
    }
}
