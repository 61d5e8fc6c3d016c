using System.Net;
using Policy.Proxy.Hosting;
using Policy.Proxy.Tests.Support;
using Xunit.Abstractions;

namespace Policy.Proxy.Tests.Admin;

public sealed class SecurityTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(null)]
    [InlineData("wrong-token")]
    [InlineData("test-admin-token-but-longer")]
    [InlineData("")]
    public async Task Every_request_without_the_right_bearer_token_answers_401(string? token)
    {
        await using var proxy = await AdminProxy.StartAsync("", output);
        using var client = proxy.NewClient(null);
        if (token is not null) client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + token);
        var responses = new[]
        {
            await client.GetAsync("endpoints"),
            await client.GetAsync("metrics"),
            await client.GetAsync("endpoints/ep_x"),
            await client.GetAsync("no-such-route"),
            await client.PostAsync("endpoints", AdminProxy.Body("tls://a.example.test", EndpointLifecycleTests.DenyPolicy)),
            await client.DeleteAsync("endpoints/ep_x"),
        };
        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
            Assert.Equal("unauthorized", (await AdminProxy.ReadJsonAsync(response)).GetProperty("code").GetString());
            response.Dispose();
        }
        Assert.Empty(await proxy.ListIdsAsync());
    }

    [Fact]
    public async Task The_token_may_come_from_the_environment()
    {
        var variable = "POLICY_ADMIN_TEST_TOKEN_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(variable, "from-env");
        try
        {
            await using var proxy = await AdminProxy.StartAsync("", output, token: "${env:" + variable + "}");
            using var ok = proxy.NewClient("from-env");
            using var literal = proxy.NewClient("${env:" + variable + "}");
            Assert.Equal(HttpStatusCode.OK, (await ok.GetAsync("endpoints")).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await literal.GetAsync("endpoints")).StatusCode);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public async Task Without_a_token_requests_must_name_the_host_by_address()
    {
        await using var proxy = await AdminProxy.StartAsync("", output, token: null);
        using var client = proxy.NewClient(null);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("endpoints")).StatusCode);
        using var rebound = new HttpRequestMessage(HttpMethod.Get, "endpoints");
        rebound.Headers.Host = "attacker.example";
        using var response = await client.SendAsync(rebound);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("forbidden_host", (await AdminProxy.ReadJsonAsync(response)).GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("localhost", HttpStatusCode.OK)]
    [InlineData("LocalHost", HttpStatusCode.OK)]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    [InlineData("[::1]", HttpStatusCode.OK)]
    [InlineData("localhost.attacker.example", HttpStatusCode.Forbidden)]
    public async Task Without_a_token_host_names_compare_without_case(string host, HttpStatusCode expected)
    {
        await using var proxy = await AdminProxy.StartAsync("", output, token: null);
        using var client = proxy.NewClient(null);
        using var request = new HttpRequestMessage(HttpMethod.Get, "endpoints");
        request.Headers.Host = $"{host}:{proxy.Server.AdminEndPoint!.Port}";
        using var response = await client.SendAsync(request);
        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("0.0.0.0:0")]
    [InlineData("\"[::]:0\"")]
    [InlineData("192.0.2.1:4040")]
    public async Task A_non_loopback_admin_address_without_a_token_is_a_located_config_error(string listen)
    {
        var directory = TempDirectory.Create();
        try
        {
            var path = Path.Combine(directory, "proxy.yml");
            await File.WriteAllTextAsync(path, $"listen: 127.0.0.1:0\nadmin:\n  listen: {listen}\nendpoints: []\n");
            await using var server = new ProxyServer(ConfigSource.FromFile(path), TestLoggerProvider.Factory(output), new ProxyServerOptions { WatchFiles = false, TrimMemoryWhenQuiet = false });
            Assert.False(await server.StartAsync());
            var error = server.LastDiagnostics.Single(d => d.IsError);
            Assert.Equal(("PX0001", path, 3, 11), (error.Code, error.Location.Path, error.Location.Line, error.Location.Column));
            Assert.Contains("admin.token is required", error.Message, StringComparison.Ordinal);
            Assert.Null(server.AdminEndPoint);
            Assert.False(File.Exists(Path.Combine(directory, ProxyServer.DefaultStoreFile)));
        }
        finally
        {
            TempDirectory.Delete(directory);
        }
    }

    [Fact]
    public void An_admin_address_must_be_an_ip_address()
    {
        var (config, diagnostics) = global::Policy.Proxy.Configuration.ConfigReader.Read("admin:\n  listen: admin.example.test:4040\n  token: t\n", "proxy.yml");
        Assert.Null(config);
        var error = diagnostics.Single(d => d.IsError);
        Assert.Equal(("PX0001", 2, 11), (error.Code, error.Location.Line, error.Location.Column));
        Assert.Contains("must be an IP address", error.Message, StringComparison.Ordinal);
    }
}
