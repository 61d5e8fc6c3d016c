using System.Net;
using Policy.Proxy.Tests.Support;
using Xunit.Abstractions;

namespace Policy.Proxy.Tests.Admin;

public sealed class EndpointLifecycleTests(ITestOutputHelper output)
{
    private static readonly byte[] UnrecognizedNameAlert = [0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 112];

    /// <summary>An internal agent endpoint in front of <paramref name="upstreamPort"/>: the target of the API endpoint's forward-internal.</summary>
    internal static string Backend(int upstreamPort) => $"""
          - name: backend
            url: tls://backend.internal
            upstream: {"{"}url: "127.0.0.1:{upstreamPort}"{"}"}
        """;

    internal const string ForwardPolicy = """
        on_tcp_connect:
          - actions:
              - type: log
                config: {metadata: {via: api}}
              - type: forward-internal
                config: {url: "tls://backend.internal"}
        """;

    internal const string DenyPolicy = """
        on_tcp_connect:
          - actions:
              - type: deny
        """;

    [Fact]
    public async Task A_created_endpoint_serves_at_once_survives_a_restart_takes_updates_and_is_gone_when_deleted()
    {
        await using var upstream = RawUpstream.Echo();
        var proxy = await AdminProxy.StartAsync(Backend(upstream.Port), output);
        try
        {
            var (refused, before) = await proxy.ConnectAsync("app.example.test");
            Assert.Equal("unknown_endpoint", before.CloseReason);
            Assert.Equal(UnrecognizedNameAlert, refused);

            var created = await proxy.CreateOkAsync("tls://app.example.test", ForwardPolicy);
            var id = created.GetProperty("id").GetString()!;
            Assert.StartsWith("ep_", id, StringComparison.Ordinal);

            // No restart, no reload: the next connection gets the new endpoint's policy.
            var (echoed, served) = await proxy.ConnectAsync("app.example.test");
            Assert.Equal(Hellos.For("app.example.test"), echoed);
            Assert.Equal(("completed", id, "api"), (served.CloseReason, served.EndpointId, served.Logs.Single()["via"]));
            Assert.Equal(Hellos.For("app.example.test"), await upstream.ReceivedAsync());

            proxy = await proxy.RestartAsync();
            Assert.Contains(id, await proxy.ListIdsAsync());
            var (again, afterRestart) = await proxy.ConnectAsync("app.example.test");
            Assert.Equal(("completed", id), (afterRestart.CloseReason, afterRestart.EndpointId));
            Assert.Equal(Hellos.For("app.example.test"), again);

            using (var patch = await proxy.Http.PatchAsync($"endpoints/{id}", AdminProxy.Json($$"""{"traffic_policy": {{System.Text.Json.JsonSerializer.Serialize(DenyPolicy)}}, "description": "closed for now"}""")))
            {
                var json = await AdminProxy.ReadJsonAsync(patch);
                Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
                Assert.Equal(("closed for now", DenyPolicy), (json.GetProperty("description").GetString(), json.GetProperty("traffic_policy").GetString()));
                Assert.True(json.GetProperty("updated_at").GetString()!.CompareTo(json.GetProperty("created_at").GetString()) > 0);
            }
            var (_, denied) = await proxy.ConnectAsync("app.example.test");
            Assert.Equal(("denied", id), (denied.CloseReason, denied.EndpointId));

            using (var delete = await proxy.Http.DeleteAsync($"endpoints/{id}"))
                Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
            var (alert, gone) = await proxy.ConnectAsync("app.example.test");
            Assert.Equal("unknown_endpoint", gone.CloseReason);
            Assert.Equal(UnrecognizedNameAlert, alert);
            using (var get = await proxy.Http.GetAsync($"endpoints/{id}"))
                Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);

            // The deletion, too, was stored.
            proxy = await proxy.RestartAsync();
            Assert.DoesNotContain(id, await proxy.ListIdsAsync());
        }
        finally
        {
            await proxy.DisposeAsync();
        }
    }

    [Fact]
    public async Task An_endpoint_object_has_the_contract_fields_in_order()
    {
        await using var proxy = await AdminProxy.StartAsync("", output);
        var created = await proxy.CreateOkAsync("tls://*.example.test", DenyPolicy, pooling: true);
        Assert.Equal(
            ["id", "name", "url", "type", "proto", "host", "port", "bindings", "pooling_enabled", "traffic_policy", "upstream_url", "description", "metadata", "created_at", "updated_at"],
            created.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("tls://*.example.test", "cloud", "tls", "*.example.test", 443, "public", true),
            (created.GetProperty("url").GetString(), created.GetProperty("type").GetString(), created.GetProperty("proto").GetString(),
             created.GetProperty("host").GetString(), created.GetProperty("port").GetInt32(), created.GetProperty("bindings")[0].GetString(),
             created.GetProperty("pooling_enabled").GetBoolean()));
        Assert.Equal(created.GetProperty("id").GetString(), created.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Unknown_ids_answer_404_for_every_method()
    {
        await using var proxy = await AdminProxy.StartAsync("", output);
        using var get = await proxy.Http.GetAsync("endpoints/ep_nope");
        using var patch = await proxy.Http.PatchAsync("endpoints/ep_nope", AdminProxy.Json("""{"description": "x"}"""));
        using var delete = await proxy.Http.DeleteAsync("endpoints/ep_nope");
        foreach (var response in new[] { get, patch, delete })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("not_found", (await AdminProxy.ReadJsonAsync(response)).GetProperty("code").GetString());
        }
    }
}
