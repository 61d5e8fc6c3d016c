using System.Net;
using System.Text;
using Xunit.Abstractions;

namespace Policy.Proxy.Tests.Admin;

public sealed class RequestBodyTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("{\"url\": \"tls://a.example.test\", ", "malformed_json")]
    [InlineData("", "malformed_json")]
    [InlineData("[1, 2]", "invalid_body")]
    [InlineData("{\"url\": \"tls://a.example.test\", \"traffic_policy\": \"x\", \"upstream\": \"127.0.0.1:1\"}", "unknown_field")]
    [InlineData("{\"url\": \"tls://a.example.test\", \"url\": \"tls://b.example.test\", \"traffic_policy\": \"x\"}", "malformed_json")]
    [InlineData("{\"url\": 443, \"traffic_policy\": \"x\"}", "invalid_field")]
    [InlineData("{\"url\": \"tls://a.example.test\", \"traffic_policy\": \"x\", \"pooling_enabled\": \"yes\"}", "invalid_field")]
    [InlineData("{\"traffic_policy\": \"x\"}", "missing_field")]
    [InlineData("{\"url\": \"tls://a.example.test\", \"traffic_policy\": \"x\", \"type\": \"agent\"}", "invalid_field")]
    // JSON may spell an unpaired UTF-16 surrogate as an escape; no .NET string (or UTF-8 column) can hold it faithfully.
    [InlineData("{\"url\": \"tls://a\\ud800.example.test\", \"traffic_policy\": \"x\"}", "malformed_json")]
    [InlineData("{\"url\": \"tls://a.example.test\", \"traffic_policy\": \"x\", \"description\": \"\\udc00\"}", "malformed_json")]
    [InlineData("{\"url\": \"tls://a.example.test\", \"traffic_policy\": \"x\", \"bindings\": [\"\\ud800\"]}", "malformed_json")]
    [InlineData("{\"\\ud800\": 1}", "malformed_json")]
    public async Task Bad_bodies_answer_400_with_a_message_and_store_nothing(string body, string code)
    {
        await using var proxy = await AdminProxy.StartAsync("", output);
        using var response = await proxy.Http.PostAsync("endpoints", AdminProxy.Json(body));
        var json = await AdminProxy.ReadJsonAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, json.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("error").GetString()));
        Assert.Empty(await proxy.ListIdsAsync());
    }

    [Theory]
    [InlineData("traffic-policy/validate", "POST")]
    [InlineData("endpoints/{id}", "PATCH")]
    public async Task An_unpaired_surrogate_escape_answers_400_on_every_route_with_a_body(string route, string method)
    {
        await using var proxy = await AdminProxy.StartAsync("", output);
        var id = (await proxy.CreateOkAsync("tls://a.example.test", EndpointLifecycleTests.DenyPolicy)).GetProperty("id").GetString()!;
        using var request = new HttpRequestMessage(new HttpMethod(method), route.Replace("{id}", id, StringComparison.Ordinal))
        {
            Content = AdminProxy.Json("{\"traffic_policy\": \"on_tcp_connect: []\\ud800\"}"),
        };
        using var response = await proxy.Http.SendAsync(request);
        Assert.Equal((HttpStatusCode.BadRequest, "malformed_json"), (response.StatusCode, (await AdminProxy.ReadJsonAsync(response)).GetProperty("code").GetString()));
        using var get = await proxy.Http.GetAsync($"endpoints/{id}");
        Assert.Equal(EndpointLifecycleTests.DenyPolicy, (await AdminProxy.ReadJsonAsync(get)).GetProperty("traffic_policy").GetString());
    }

    [Fact]
    public async Task A_body_over_one_mebibyte_answers_413_and_stores_nothing()
    {
        await using var proxy = await AdminProxy.StartAsync("", output);
        var policy = EndpointLifecycleTests.DenyPolicy + "# " + new string('x', 1 << 20) + "\n";
        using var response = await proxy.CreateAsync("tls://big.example.test", policy);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("payload_too_large", (await AdminProxy.ReadJsonAsync(response)).GetProperty("code").GetString());

        // Without a Content-Length (chunked), the limit holds while reading.
        using var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes($"{{\"url\": \"tls://big.example.test\", \"traffic_policy\": {System.Text.Json.JsonSerializer.Serialize(policy)}}}")));
        chunked.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "endpoints") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        using var second = await proxy.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, second.StatusCode);
        Assert.Empty(await proxy.ListIdsAsync());
    }

    [Fact]
    public async Task Description_and_metadata_have_size_limits()
    {
        await using var proxy = await AdminProxy.StartAsync("", output);
        using (var description = await proxy.CreateAsync("tls://a.example.test", EndpointLifecycleTests.DenyPolicy, description: new string('d', 256)))
            Assert.Equal("invalid_field", (await AdminProxy.ReadJsonAsync(description)).GetProperty("code").GetString());
        var id = (await proxy.CreateOkAsync("tls://a.example.test", EndpointLifecycleTests.DenyPolicy)).GetProperty("id").GetString();
        var metadata = System.Text.Json.JsonSerializer.Serialize(new { metadata = new string('m', 4097) });
        using (var patch = await proxy.Http.PatchAsync($"endpoints/{id}", AdminProxy.Json(metadata)))
            Assert.Equal(HttpStatusCode.BadRequest, patch.StatusCode);
        var ok = System.Text.Json.JsonSerializer.Serialize(new { metadata = new string('m', 4096), description = new string('d', 255) });
        using (var patch = await proxy.Http.PatchAsync($"endpoints/{id}", AdminProxy.Json(ok)))
            Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_sent_as_json_is_refused()
    {
        await using var proxy = await AdminProxy.StartAsync("", output);
        using var response = await proxy.Http.PostAsync("endpoints",
            new StringContent("{\"url\": \"tls://a.example.test\", \"traffic_policy\": \"x\"}", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Empty(await proxy.ListIdsAsync());
    }

    [Fact]
    public async Task Unknown_routes_and_methods_answer_json_errors()
    {
        await using var proxy = await AdminProxy.StartAsync("", output);
        using var route = await proxy.Http.GetAsync("nothing-here");
        Assert.Equal((HttpStatusCode.NotFound, "not_found"), (route.StatusCode, (await AdminProxy.ReadJsonAsync(route)).GetProperty("code").GetString()));
        using var method = await proxy.Http.PutAsync("endpoints", AdminProxy.Json("{}"));
        Assert.Equal((HttpStatusCode.MethodNotAllowed, "method_not_allowed"), (method.StatusCode, (await AdminProxy.ReadJsonAsync(method)).GetProperty("code").GetString()));
    }
}
