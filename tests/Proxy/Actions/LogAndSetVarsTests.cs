using Policy.Proxy.Tests.Support;
using Xunit.Abstractions;

namespace Policy.Proxy.Tests.Actions;

public sealed class LogAndSetVarsTests(ITestOutputHelper output) : ActionTestBase(output)
{
    [Fact]
    public async Task Log_metadata_lands_in_the_event_in_order_with_interpolations()
    {
        await using var upstream = RawUpstream.Echo();
        await using var proxy = await TestProxy.StartAsync(Config(upstream.Port, """
            - actions:
                - type: log
                  config:
                    metadata:
                      sni: "${conn.tls.sni}"
                      endpoint: "${endpoint.host} ${endpoint.url} ${endpoint.port} ${endpoint.id}"
                      client: "${conn.client_ip}"
                      port: "${conn.server_port}"
                      region: "${conn.server_region}"
                      ja4: "${conn.tls.ja4_fingerprint}"
                - type: log
                  config:
                    metadata:
                      second: "yes"
                      now_is_set: "${time.now != ''}"
            """), Output);
        var (_, _, e) = await OneConnectionAsync(proxy);
        Assert.Equal(2, e.Logs.Count);
        Assert.Equal(new Dictionary<string, string>
        {
            ["sni"] = "app.example.test",
            ["endpoint"] = "app.example.test tls://app.example.test 443 " + e.EndpointId,
            ["client"] = "127.0.0.1",
            ["port"] = proxy.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["region"] = "local",
            ["ja4"] = e.Ja4Fingerprint,
        }, e.Logs[0]);
        Assert.Equal(new Dictionary<string, string> { ["second"] = "yes", ["now_is_set"] = "true" }, e.Logs[1]);
        Assert.StartsWith("t13", e.Ja4Fingerprint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Set_vars_are_visible_to_later_rules_and_later_vars()
    {
        await using var upstream = RawUpstream.Echo();
        await using var proxy = await TestProxy.StartAsync(Config(upstream.Port, """
            - actions:
                - type: set-vars
                  config:
                    vars:
                      - tenant: "${conn.tls.sni.split('.')[0]}"
                      - label: "tenant-${vars.tenant}"
            - expressions: ["vars.tenant == 'app'"]
              actions:
                - type: log
                  config:
                    metadata:
                      label: "${vars.label}"
                - type: deny
            """), Output);
        var (_, _, e) = await OneConnectionAsync(proxy);
        Assert.Equal("denied", e.CloseReason);
        Assert.Equal(new Dictionary<string, string> { ["label"] = "tenant-app" }, Assert.Single(e.Logs));
    }
}
