using System.Net;
using System.Text.Json;
using Xunit.Abstractions;

namespace Policy.Proxy.Tests.Admin;

public sealed class ValidationTests(ITestOutputHelper output)
{
    private const string NonTerminating = """
        on_tcp_connect:
          - actions:
              - type: log
                config: {metadata: {a: b}}
        """;

    private static async Task<(byte[] Db, byte[] Wal)> StoreBytesAsync(AdminProxy proxy)
    {
        static async Task<byte[]> Read(string path) => File.Exists(path) ? await File.ReadAllBytesAsync(path) : [];
        return (await Read(proxy.StorePath), await Read(proxy.StorePath + "-wal"));
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var json = await AdminProxy.ReadJsonAsync(response);
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {json}");
        Assert.Equal(code, json.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task An_invalid_policy_answers_400_with_lint_diagnostics_and_stores_nothing()
    {
        await using var proxy = await AdminProxy.StartAsync("", output);
        await proxy.CreateOkAsync("tls://first.example.test", EndpointLifecycleTests.DenyPolicy);
        var ids = await proxy.ListIdsAsync();
        var bytes = await StoreBytesAsync(proxy);

        using var response = await proxy.CreateAsync("tls://app.example.test", NonTerminating);
        var json = await AdminProxy.ReadJsonAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("ERR_NGROK_18002", json.GetProperty("code").GetString());
        Assert.Contains("TP2235", json.GetProperty("error").GetString(), StringComparison.Ordinal);
        var d = json.GetProperty("diagnostics").EnumerateArray().Single(x => x.GetProperty("code").GetString() == "TP2235");
        Assert.Equal(["file", "line", "column", "endLine", "endColumn", "severity", "code", "message"], d.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("traffic_policy", "error"), (d.GetProperty("file").GetString(), d.GetProperty("severity").GetString()));
        Assert.True(d.GetProperty("line").GetInt32() >= 1 && d.GetProperty("column").GetInt32() >= 1);

        Assert.Equal(ids, await proxy.ListIdsAsync());
        var after = await StoreBytesAsync(proxy);
        Assert.Equal(bytes.Db, after.Db);
        Assert.Equal(bytes.Wal, after.Wal);
    }

    [Fact]
    public async Task A_policy_that_does_not_parse_reports_where()
    {
        await using var proxy = await AdminProxy.StartAsync("", output);
        using var response = await proxy.CreateAsync("tls://app.example.test", "on_tcp_connect:\n  - actions: [\n");
        var json = await AdminProxy.ReadJsonAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var d = json.GetProperty("diagnostics")[0];
        Assert.Equal(("TP2236", "error"), (d.GetProperty("code").GetString(), d.GetProperty("severity").GetString()));
        Assert.Empty((await proxy.ListIdsAsync()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    public async Task An_empty_policy_is_refused(string policy)
    {
        await using var proxy = await AdminProxy.StartAsync("", output);
        using var response = await proxy.CreateAsync("tls://app.example.test", policy);
        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "ERR_NGROK_18011");
        Assert.Empty(await proxy.ListIdsAsync());
    }

    [Theory]
    [InlineData("tls://app.example.test:8443", null, "ERR_NGROK_18023")]
    [InlineData("https://app.example.test", null, "ERR_NGROK_18022")]
    [InlineData("tls://app.*.example.test", null, "ERR_NGROK_18001")]
    [InlineData("tls://*-app.example.test", null, "ERR_NGROK_18001")]
    [InlineData("tls://app.example.test/path", null, "ERR_NGROK_18001")]
    [InlineData("tls://db.internal", "public", "ERR_NGROK_18007")]
    [InlineData("tls://app.example.test", "kubernetes", "ERR_NGROK_18007")]
    [InlineData("tls://app.example.test", "internal", "ERR_NGROK_9029")]
    public async Task Urls_and_bindings_follow_the_tls_endpoint_rules(string url, string? binding, string code)
    {
        await using var proxy = await AdminProxy.StartAsync("", output);
        using var response = await proxy.CreateAsync(url, EndpointLifecycleTests.DenyPolicy, binding: binding);
        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, code);
        Assert.Empty(await proxy.ListIdsAsync());
    }

    [Theory]
    [InlineData("tls://db.internal:5432", null, "tls://db.internal:5432", "internal", 5432)]
    [InlineData("tls://db.internal", "internal", "tls://db.internal", "internal", 443)]
    [InlineData("tls://*.example.test", null, "tls://*.example.test", "public", 443)]
    [InlineData("App.Example.Test", "public", "tls://app.example.test", "public", 443)]
    public async Task Valid_urls_are_stored_in_canonical_form(string url, string? binding, string canonical, string expectedBinding, int port)
    {
        await using var proxy = await AdminProxy.StartAsync("", output);
        var created = await proxy.CreateOkAsync(url, EndpointLifecycleTests.DenyPolicy, binding: binding);
        Assert.Equal((canonical, expectedBinding, port),
            (created.GetProperty("url").GetString(), created.GetProperty("bindings")[0].GetString(), created.GetProperty("port").GetInt32()));
    }

    [Fact]
    public async Task A_second_endpoint_on_a_url_conflicts_unless_both_pool()
    {
        await using var upstream = Support.RawUpstream.Echo();
        await using var proxy = await AdminProxy.StartAsync(EndpointLifecycleTests.Backend(upstream.Port), output);
        await proxy.CreateOkAsync("tls://app.example.test", EndpointLifecycleTests.DenyPolicy);
        using (var duplicate = await proxy.CreateAsync("tls://app.example.test", EndpointLifecycleTests.DenyPolicy))
            await AssertRefusedAsync(duplicate, HttpStatusCode.Conflict, "ERR_NGROK_18009");
        using (var pooling = await proxy.CreateAsync("tls://app.example.test", EndpointLifecycleTests.DenyPolicy, pooling: true))
            await AssertRefusedAsync(pooling, HttpStatusCode.Conflict, "ERR_NGROK_18016");
        using (var configUrl = await proxy.CreateAsync("tls://backend.internal", EndpointLifecycleTests.DenyPolicy))
            await AssertRefusedAsync(configUrl, HttpStatusCode.Conflict, "ERR_NGROK_18009");
        Assert.Equal(2, (await proxy.ListIdsAsync()).Count);

        // Both pooling: a pool, whose members take connections in turn and run their own policies.
        var a = await proxy.CreateOkAsync("tls://pool.example.test", EndpointLifecycleTests.DenyPolicy, pooling: true);
        var b = await proxy.CreateOkAsync("tls://pool.example.test", EndpointLifecycleTests.ForwardPolicy, pooling: true);
        var reasons = new List<(string, string)>();
        for (var i = 0; i < 2; i++)
        {
            var (_, e) = await proxy.ConnectAsync("pool.example.test");
            reasons.Add((e.EndpointId, e.CloseReason));
        }
        Assert.Equal(new[] { (a.GetProperty("id").GetString()!, "denied"), (b.GetProperty("id").GetString()!, "completed") }.Order(), reasons.Order());
    }

    [Fact]
    public async Task The_url_and_pooling_flag_cannot_change()
    {
        await using var proxy = await AdminProxy.StartAsync("", output);
        var id = (await proxy.CreateOkAsync("tls://app.example.test", EndpointLifecycleTests.DenyPolicy)).GetProperty("id").GetString();
        using (var url = await proxy.Http.PatchAsync($"endpoints/{id}", AdminProxy.Json("""{"url": "tls://other.example.test"}""")))
            await AssertRefusedAsync(url, HttpStatusCode.BadRequest, "immutable_field");
        using (var pooling = await proxy.Http.PatchAsync($"endpoints/{id}", AdminProxy.Json("""{"pooling_enabled": true}""")))
            await AssertRefusedAsync(pooling, HttpStatusCode.BadRequest, "immutable_field");
        using var same = await proxy.Http.PatchAsync($"endpoints/{id}", AdminProxy.Json("""{"url": "tls://app.example.test", "pooling_enabled": false, "metadata": "m"}"""));
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Equal("m", (await AdminProxy.ReadJsonAsync(same)).GetProperty("metadata").GetString());
        using var invalid = await proxy.Http.PatchAsync($"endpoints/{id}", AdminProxy.Json(JsonSerializer.Serialize(new { traffic_policy = NonTerminating })));
        await AssertRefusedAsync(invalid, HttpStatusCode.BadRequest, "ERR_NGROK_18002");
        var (_, e) = await proxy.ConnectAsync("app.example.test");
        Assert.Equal("denied", e.CloseReason);
    }

    [Fact]
    public async Task Config_endpoints_are_listed_and_read_only()
    {
        await using var upstream = Support.RawUpstream.Echo();
        await using var proxy = await AdminProxy.StartAsync(EndpointLifecycleTests.Backend(upstream.Port) + """

              - name: front
                url: tls://front.example.test
                traffic_policy:
                  on_tcp_connect:
                    - actions: [{type: deny}]
            """, output);
        var list = await AdminProxy.ReadJsonAsync(await proxy.Http.GetAsync("endpoints"));
        var endpoints = list.GetProperty("endpoints").EnumerateArray().ToList();
        Assert.Equal(["backend", "front"], endpoints.Select(e => e.GetProperty("name").GetString()));
        var backend = endpoints[0];
        Assert.Equal(("agent", $"127.0.0.1:{upstream.Port}", "internal"),
            (backend.GetProperty("type").GetString(), backend.GetProperty("upstream_url").GetString(), backend.GetProperty("bindings")[0].GetString()));
        Assert.Equal("cloud", endpoints[1].GetProperty("type").GetString());
        Assert.Contains("deny", endpoints[1].GetProperty("traffic_policy").GetString(), StringComparison.Ordinal);

        var id = backend.GetProperty("id").GetString();
        using (var get = await proxy.Http.GetAsync($"endpoints/{id}"))
            Assert.Equal("backend", (await AdminProxy.ReadJsonAsync(get)).GetProperty("name").GetString());
        using (var patch = await proxy.Http.PatchAsync($"endpoints/{id}", AdminProxy.Json("""{"description": "x"}""")))
            await AssertRefusedAsync(patch, HttpStatusCode.Forbidden, "read_only");
        using (var delete = await proxy.Http.DeleteAsync($"endpoints/{id}"))
            await AssertRefusedAsync(delete, HttpStatusCode.Forbidden, "read_only");
        Assert.Equal(2, (await proxy.ListIdsAsync()).Count);
    }

    [Fact]
    public async Task A_config_endpoint_shows_the_policy_it_serves_not_the_file_as_it_is_now()
    {
        await using var proxy = await AdminProxy.StartAsync("""
              - name: front
                url: tls://front.example.test
                traffic_policy_file: front.yml
            """, output, writeFirst: ("front.yml", EndpointLifecycleTests.DenyPolicy));
        var id = (await proxy.ListIdsAsync()).Single();
        async Task<string?> ShownAsync()
        {
            using var get = await proxy.Http.GetAsync($"endpoints/{id}");
            return (await AdminProxy.ReadJsonAsync(get)).GetProperty("traffic_policy").GetString();
        }
        Assert.Equal(EndpointLifecycleTests.DenyPolicy, await ShownAsync());

        // An edit that does not compile: the reload fails and the old policy keeps serving.
        await File.WriteAllTextAsync(Path.Combine(proxy.Directory, "front.yml"), NonTerminating);
        Assert.False(await proxy.Server.ReloadAsync("test"));
        Assert.Equal("denied", (await proxy.ConnectAsync("front.example.test")).Event.CloseReason);
        Assert.Equal(EndpointLifecycleTests.DenyPolicy, await ShownAsync());
        var listed = (await AdminProxy.ReadJsonAsync(await proxy.Http.GetAsync("endpoints"))).GetProperty("endpoints")[0];
        Assert.Equal(EndpointLifecycleTests.DenyPolicy, listed.GetProperty("traffic_policy").GetString());
    }

    [Fact]
    public async Task The_validate_route_checks_a_policy_for_the_endpoint_it_is_meant_for()
    {
        await using var proxy = await AdminProxy.StartAsync("", output);
        using (var cloud = await proxy.Http.PostAsync("traffic-policy/validate", AdminProxy.Json(JsonSerializer.Serialize(new { traffic_policy = NonTerminating }))))
        {
            Assert.Equal(HttpStatusCode.BadRequest, cloud.StatusCode);
            Assert.Contains((await AdminProxy.ReadJsonAsync(cloud)).GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "TP2235");
        }
        using var agent = await proxy.Http.PostAsync("traffic-policy/validate", AdminProxy.Json(JsonSerializer.Serialize(new { traffic_policy = NonTerminating, type = "agent" })));
        var json = await AdminProxy.ReadJsonAsync(agent);
        Assert.Equal(HttpStatusCode.OK, agent.StatusCode);
        Assert.True(json.GetProperty("valid").GetBoolean());
        using (var binding = await proxy.Http.PostAsync("traffic-policy/validate", AdminProxy.Json(JsonSerializer.Serialize(new { traffic_policy = EndpointLifecycleTests.DenyPolicy, bindings = new[] { "kubernetes" } }))))
            await AssertRefusedAsync(binding, HttpStatusCode.BadRequest, "ERR_NGROK_18007");
        using (var url = await proxy.Http.PostAsync("traffic-policy/validate", AdminProxy.Json(JsonSerializer.Serialize(new { traffic_policy = EndpointLifecycleTests.DenyPolicy, url = "tls://db.internal:5432" }))))
            Assert.Equal(HttpStatusCode.OK, url.StatusCode);
        Assert.Empty(await proxy.ListIdsAsync());
    }
}
