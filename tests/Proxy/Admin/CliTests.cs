using System.Text.Json;
using Policy.Proxy.Cli;
using Policy.Proxy.Tests.Support;
using Xunit.Abstractions;

namespace Policy.Proxy.Tests.Admin;

public sealed class CliTests(ITestOutputHelper output)
{
    private static async Task<(int Code, string Out, string Err)> RunAsync(AdminProxy? proxy, params string[] args) =>
        await RunWithEnvironmentAsync(proxy is null ? [] : new() { ["POLICY_ADMIN_URL"] = proxy.ApiUrl, ["POLICY_ADMIN_TOKEN"] = AdminProxy.Token }, args);

    private static async Task<(int Code, string Out, string Err)> RunWithEnvironmentAsync(Dictionary<string, string> environment, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await ApiCommand.RunAsync(["endpoints", .. args], stdout, stderr, name => environment.GetValueOrDefault(name));
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Each_subcommand_works_against_a_running_api_in_text_and_json()
    {
        await using var upstream = RawUpstream.Echo();
        await using var proxy = await AdminProxy.StartAsync(EndpointLifecycleTests.Backend(upstream.Port), output);
        var policyFile = Path.Combine(proxy.Directory, "forward.yml");
        await File.WriteAllTextAsync(policyFile, EndpointLifecycleTests.ForwardPolicy);

        var (code, text, _) = await RunAsync(proxy, "create", "--url", "tls://app.example.test", "--traffic-policy-file", policyFile, "--description", "the app", "--metadata", "{\"team\":\"a\"}");
        Assert.Equal(0, code);
        var id = text.Split('\n').Single(l => l.StartsWith("id:", StringComparison.Ordinal))["id:".Length..].Trim();
        Assert.Contains("url:             tls://app.example.test", text, StringComparison.Ordinal);
        Assert.Contains("description:     the app", text, StringComparison.Ordinal);
        Assert.Contains("traffic_policy:\n  on_tcp_connect:\n", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var (_, served) = await proxy.ConnectAsync("app.example.test");
        Assert.Equal(("completed", id), (served.CloseReason, served.EndpointId));

        (code, text, _) = await RunAsync(proxy, "create", "--json", "--url", "tls://db.internal:5432", "--bindings", "internal", "--pooling-enabled",
            "--traffic-policy", EndpointLifecycleTests.DenyPolicy);
        Assert.Equal(0, code);
        var db = JsonDocument.Parse(text).RootElement;
        Assert.Equal(("tls://db.internal:5432", "internal", true),
            (db.GetProperty("url").GetString(), db.GetProperty("bindings")[0].GetString(), db.GetProperty("pooling_enabled").GetBoolean()));

        (code, text, _) = await RunAsync(proxy, "list");
        Assert.Equal(0, code);
        var lines = text.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal(["ID", "NAME", "TYPE", "BINDING", "POOLING", "URL", "DESCRIPTION"], lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(4, lines.Length);
        Assert.Contains(lines, l => l.StartsWith(id, StringComparison.Ordinal) && l.Contains("tls://app.example.test", StringComparison.Ordinal) && l.EndsWith("the app", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("backend", StringComparison.Ordinal) && l.Contains("agent", StringComparison.Ordinal));

        (code, text, _) = await RunAsync(proxy, "list", "--json");
        Assert.Equal(0, code);
        Assert.Equal(3, JsonDocument.Parse(text).RootElement.GetProperty("endpoints").GetArrayLength());

        (code, text, _) = await RunAsync(proxy, "get", id, "--json");
        Assert.Equal((0, "{\"team\":\"a\"}"), (code, JsonDocument.Parse(text).RootElement.GetProperty("metadata").GetString()));

        (code, text, _) = await RunAsync(proxy, "update", id, "--traffic-policy", EndpointLifecycleTests.DenyPolicy, "--description", "closed");
        Assert.Equal(0, code);
        Assert.Contains("description:     closed", text, StringComparison.Ordinal);
        var (_, denied) = await proxy.ConnectAsync("app.example.test");
        Assert.Equal("denied", denied.CloseReason);

        (code, text, _) = await RunAsync(proxy, "get", id);
        Assert.Equal(0, code);
        Assert.Contains("    - type: deny", text, StringComparison.Ordinal);

        (code, text, _) = await RunAsync(proxy, "delete", id);
        Assert.Equal((0, $"deleted {id}"), (code, text.Trim()));
        Assert.DoesNotContain(id, await proxy.ListIdsAsync());
    }

    [Fact]
    public async Task An_invalid_policy_exits_one_with_diagnostics_as_policy_lint_prints_them()
    {
        await using var proxy = await AdminProxy.StartAsync("", output);
        var file = Path.Combine(proxy.Directory, "bad.yml");
        await File.WriteAllTextAsync(file, "on_tcp_connect:\n  - actions:\n      - type: not-an-action\n");
        var (code, stdout, stderr) = await RunAsync(proxy, "create", "--url", "tls://app.example.test", "--traffic-policy-file", file);
        Assert.Equal((1, ""), (code, stdout));
        var lines = stderr.ReplaceLineEndings("\n").Split('\n');
        Assert.Contains("(400, ERR_NGROK_18002)", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{file}:3:15: error TP2201: ", lines[1], StringComparison.Ordinal);
        Assert.Equal("          - type: not-an-action", lines[2]);
        Assert.Equal("                  ^~~~~~~~~~~~~", lines[3]);

        (code, stdout, _) = await RunAsync(proxy, "create", "--json", "--url", "tls://app.example.test", "--traffic-policy", "on_tcp_connect: [{actions: [{type: log}]}]");
        Assert.Equal(1, code);
        Assert.Equal("ERR_NGROK_18002", JsonDocument.Parse(stdout).RootElement.GetProperty("code").GetString());
        Assert.Empty(await proxy.ListIdsAsync());
    }

    [Fact]
    public async Task Api_errors_exit_one_with_the_message()
    {
        await using var proxy = await AdminProxy.StartAsync("", output);
        var (code, _, stderr) = await RunAsync(proxy, "get", "ep_missing");
        Assert.Equal(1, code);
        Assert.Contains("no endpoint has the id 'ep_missing' (404, not_found)", stderr, StringComparison.Ordinal);

        (code, _, stderr) = await RunWithEnvironmentAsync(new() { ["POLICY_ADMIN_URL"] = proxy.ApiUrl }, "list");
        Assert.Equal(1, code);
        Assert.Contains("(401, unauthorized)", stderr, StringComparison.Ordinal);

        // Flags win over the environment.
        (code, _, _) = await RunWithEnvironmentAsync(new() { ["POLICY_ADMIN_URL"] = "http://127.0.0.1:1", ["POLICY_ADMIN_TOKEN"] = "wrong" },
            "list", "--api-url", proxy.ApiUrl, "--token", AdminProxy.Token);
        Assert.Equal(0, code);
    }

    [Fact]
    public async Task No_answer_from_the_api_exits_two()
    {
        var (code, _, stderr) = await RunWithEnvironmentAsync([], "list", "--api-url", $"http://127.0.0.1:{Openssl.FreePort()}");
        Assert.Equal(2, code);
        Assert.Contains("cannot reach the admin API", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("create --traffic-policy x", "create needs --url")]
    [InlineData("create --url tls://a.test", "create needs --traffic-policy")]
    [InlineData("create --url tls://a.test --traffic-policy x --traffic-policy-file f", "not both")]
    [InlineData("get", "get needs an endpoint id")]
    [InlineData("update ep_x", "update needs something to change")]
    [InlineData("update ep_x --url tls://b.test", "update does not take --url")]
    [InlineData("list --bogus", "unknown option '--bogus'")]
    [InlineData("rename ep_x", "unknown action 'rename'")]
    [InlineData("create --url tls://a.test --traffic-policy x --bindings kubernetes", "--bindings must be public or internal")]
    [InlineData("list --api-url ftp://x", "is not an http:// or https:// URL")]
    public async Task Usage_errors_exit_two(string args, string message)
    {
        var (code, _, stderr) = await RunWithEnvironmentAsync([], args.Split(' '));
        Assert.Equal(2, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    // One HTTP exchange on loopback, answered with a fixed status and body: what a server that is
    // not this proxy's admin API (a wrong --api-url, a proxy in between) might say.
    private static async Task<(int Code, string Err)> RunAgainstAsync(int status, string body, params string[] args)
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var server = Task.Run(async () =>
        {
            using var client = await listener.AcceptTcpClientAsync(timeout.Token);
            var stream = client.GetStream();
            var request = new List<byte>();
            var buffer = new byte[4096];
            while (!System.Text.Encoding.ASCII.GetString([.. request]).Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                var n = await stream.ReadAsync(buffer, timeout.Token);
                if (n == 0) return;
                request.AddRange(buffer.AsSpan(0, n));
            }
            var bytes = System.Text.Encoding.UTF8.GetBytes(body);
            await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(
                $"HTTP/1.1 {status} Whatever\r\nContent-Type: application/json\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n"), timeout.Token);
            await stream.WriteAsync(bytes, timeout.Token);
        });
        var (code, _, stderr) = await RunWithEnvironmentAsync([], [.. args, "--api-url", $"http://127.0.0.1:{port}"]);
        await server;
        return (code, stderr);
    }

    [Theory]
    [InlineData(404, "[1, 2]", "list", 1)]
    [InlineData(404, "\"not found\"", "list", 1)]
    [InlineData(502, "{\"error\": {\"message\": \"bad gateway\"}, \"code\": 17}", "list", 1)]
    [InlineData(400, "{\"error\": \"bad\", \"diagnostics\": [{\"line\": \"one\", \"code\": 5}]}", "list", 1)]
    [InlineData(200, "[1, 2]", "list", 2)]
    [InlineData(200, "{\"endpoints\": [1, \"x\"]}", "list", 2)]
    [InlineData(200, "[{\"id\": \"ep_x\"}]", "get", 2)]
    public async Task Json_of_another_shape_exits_with_a_message_instead_of_a_crash(int status, string body, string verb, int expected)
    {
        var (code, stderr) = verb == "get" ? await RunAgainstAsync(status, body, "get", "ep_x") : await RunAgainstAsync(status, body, verb);
        Assert.Equal(expected, code);
        Assert.StartsWith("policy-proxy api: ", stderr, StringComparison.Ordinal);
        Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Fields_of_another_type_are_printed_as_their_json()
    {
        using var document = JsonDocument.Parse("""{"id": 7, "bindings": ["public"], "traffic_policy": {"on_tcp_connect": []}}""");
        var text = new StringWriter();
        Assert.True(EndpointPrinter.WriteEndpoint(text, document.RootElement));
        Assert.Equal("id:              7\nbindings:        public\ntraffic_policy:\n  {\"on_tcp_connect\": []}\n", text.ToString().ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("a\nb")]
    [InlineData("a\rb")]
    [InlineData("a\0b")]
    public async Task A_token_that_cannot_be_a_header_is_a_usage_error(string token)
    {
        var (code, _, stderr) = await RunWithEnvironmentAsync(new() { ["POLICY_ADMIN_TOKEN"] = token }, "list", "--api-url", "http://127.0.0.1:1");
        Assert.Equal(2, code);
        Assert.Contains("the token must not contain line breaks or NUL", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreadable_policy_file_exits_two()
    {
        var (code, _, stderr) = await RunWithEnvironmentAsync([], "create", "--url", "tls://a.test", "--traffic-policy-file", "/nonexistent/policy.yml");
        Assert.Equal(2, code);
        Assert.Contains("cannot read '/nonexistent/policy.yml'", stderr, StringComparison.Ordinal);
    }
}
