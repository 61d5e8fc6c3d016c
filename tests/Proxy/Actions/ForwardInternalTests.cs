using Policy.Proxy.Tests.Support;
using Xunit.Abstractions;

namespace Policy.Proxy.Tests.Actions;

public sealed class ForwardInternalTests(ITestOutputHelper output) : ActionTestBase(output)
{
    private static string Internal(string name, string url, string? upstream, string rules) => $"""
          - name: {name}
            url: {url}
        {(upstream is null ? "" : $"    upstream: {{url: \"{upstream}\"}}")}
            traffic_policy:
              on_tcp_connect:
        {Indent(rules, 8)}
        """;

    [Fact]
    public async Task The_connection_reaches_the_internal_endpoint_and_its_own_policy_runs()
    {
        await using var front = RawUpstream.Echo();
        await using var db = RawUpstream.Echo();
        var config = Config(front.Port, """
            - actions:
                - type: log
                  config: {metadata: {at: "${endpoint.host}"}}
                - type: set-vars
                  config: {vars: [{target: db}]}
                - type: forward-internal
                  config: {url: "tls://${vars.target}.internal:5432"}
            """, Internal("db", "tls://db.internal:5432", $"127.0.0.1:{db.Port}", """
            - actions:
                - type: log
                  config: {metadata: {at: "${endpoint.host}", seen_var: "${has(vars.target)}", sni: "${conn.tls.sni}"}}
            """));
        await using var proxy = await TestProxy.StartAsync(config, Output);
        var (data, _, e) = await OneConnectionAsync(proxy);

        Assert.Equal(Hellos.For("app.example.test"), data);
        Assert.Equal(Hellos.For("app.example.test"), await db.ReceivedAsync());
        Assert.Equal(0, front.AcceptedCount);
        Assert.Equal(("completed", "app"), (e.CloseReason, e.EndpointName));
        // Logs of both policies; vars are per policy, the connection's TLS facts are shared.
        Assert.Equal(["app.example.test", "db.internal"], e.Logs.Select(l => l["at"]));
        Assert.Equal(("false", "app.example.test"), (e.Logs[1]["seen_var"], e.Logs[1]["sni"]));
    }

    [Fact]
    public async Task The_internal_endpoints_decision_is_final()
    {
        await using var front = RawUpstream.Echo();
        var config = Config(front.Port, """
            - actions:
                - type: forward-internal
                  config: {url: "tls://guard.internal"}
            """, Internal("guard", "tls://guard.internal", null, "- actions:\n    - type: deny"));
        await using var proxy = await TestProxy.StartAsync(config, Output);
        var (_, closed, e) = await OneConnectionAsync(proxy);
        Assert.True(closed);
        Assert.Equal("denied", e.CloseReason);
        Assert.Equal(0, front.AcceptedCount);
    }

    [Fact]
    public async Task On_error_continue_goes_on_with_the_error_in_the_action_variables()
    {
        await using var front = RawUpstream.Echo();
        await using var proxy = await TestProxy.StartAsync(Config(front.Port, """
            - actions:
                - type: forward-internal
                  config: {url: "tls://missing.internal", on_error: continue}
                - type: log
                  config:
                    metadata:
                      code: "${actions.ngrok.forward_internal.error.code}"
                      url: "${actions.ngrok.forward_internal.url}"
            """), Output);
        var (data, _, e) = await OneConnectionAsync(proxy);
        Assert.Equal("completed", e.CloseReason);
        Assert.NotEmpty(data);
        Assert.Equal(new Dictionary<string, string> { ["code"] = "ERR_NGROK_3200", ["url"] = "tls://missing.internal" }, Assert.Single(e.Logs));
    }

    [Fact]
    public async Task An_unreachable_target_upstream_is_a_forward_error()
    {
        await using var front = RawUpstream.Echo();
        var config = Config(front.Port, """
            - actions:
                - type: forward-internal
                  config: {url: "tls://down.internal", on_error: continue}
                - type: log
                  config: {metadata: {code: "${actions.ngrok.forward_internal.error.code}"}}
            """, Internal("down", "tls://down.internal", $"127.0.0.1:{Openssl.FreePort()}", "- actions:\n    - type: log\n      config: {metadata: {at: down}}"));
        await using var proxy = await TestProxy.StartAsync(config, Output);
        var (_, _, e) = await OneConnectionAsync(proxy);
        Assert.Equal("completed", e.CloseReason);
        Assert.Equal(["down", "ERR_NGROK_8012"], e.Logs.Select(l => l.Values.Single()));
    }

    [Fact]
    public async Task On_error_halt_closes_the_connection()
    {
        await using var front = RawUpstream.Echo();
        await using var proxy = await TestProxy.StartAsync(Config(front.Port, """
            - actions:
                - type: forward-internal
                  config: {url: "tls://missing.internal"}
            """), Output);
        var (_, closed, e) = await OneConnectionAsync(proxy);
        Assert.True(closed);
        Assert.Equal("forward_failed", e.CloseReason);
        Assert.Equal(0, front.AcceptedCount);
    }

    [Fact]
    public async Task A_forwarding_loop_ends_at_the_hop_limit()
    {
        await using var front = RawUpstream.Echo();
        const string ping = """
            - actions:
                - type: log
                  config: {metadata: {at: "${endpoint.host}"}}
                - type: forward-internal
                  config: {url: "tls://pong.internal"}
            """;
        const string pong = """
            - actions:
                - type: log
                  config: {metadata: {at: "${endpoint.host}"}}
                - type: forward-internal
                  config: {url: "tls://ping.internal"}
            """;
        var config = Config(front.Port, """
            - actions:
                - type: forward-internal
                  config: {url: "tls://ping.internal"}
            """, Internal("ping", "tls://ping.internal", null, ping) + "\n" + Internal("pong", "tls://pong.internal", null, pong));
        await using var proxy = await TestProxy.StartAsync(config, Output);
        var (_, closed, e) = await OneConnectionAsync(proxy);
        Assert.True(closed);
        Assert.Equal("forward_failed", e.CloseReason);
        Assert.Equal(8, e.Logs.Count);
        Assert.Equal(0, front.AcceptedCount);
    }
}
