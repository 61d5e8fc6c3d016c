using System.Security.Cryptography.X509Certificates;
using Policy.Proxy.Tests.Support;
using Xunit.Abstractions;

namespace Policy.Proxy.Tests.Tls;

public sealed class AgentTlsTerminationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_endpoint_terminates_after_its_policy_with_its_own_certificate_and_client_cas()
    {
        var server = TestPki.CreateLeaf("agent.example.test");
        var ca = TestPki.CreateCa("Agent CA");
        var client = TestPki.CreateLeaf("bob", ca, client: true);
        var files = new Dictionary<string, string>
        {
            ["agent.pem"] = TestPki.CertificatePem(server), ["agent.key"] = TestPki.KeyPem(server), ["ca.pem"] = TestPki.CertificatePem(ca),
        };
        await using var upstream = RawUpstream.Echo();
        var config = $$"""
            endpoints:
              - name: agent
                url: tls://agent.example.test
                upstream: {url: "127.0.0.1:{{upstream.Port}}"}
                agent_tls_termination:
                  server_certificate: agent.pem
                  server_private_key: agent.key
                  mutual_tls_certificate_authorities: [ca.pem]
                traffic_policy:
                  on_tcp_connect:
                    - actions:
                        - type: log
                          config:
                            metadata:
                              version_during_policy: "${conn.tls.version}"
            """;
        await using var proxy = await TestProxy.StartAsync(config, output, files: files);

        await using (var tls = await TlsClient.ConnectAsync(proxy.Port, "agent.example.test", client))
        {
            Assert.Equal(server.Thumbprint, new X509Certificate2(tls.RemoteCertificate!).Thumbprint);
            Assert.Equal("plain", await TlsClient.EchoAsync(tls, "plain"));
        }
        Assert.Equal("plain"u8.ToArray(), await upstream.ReceivedAsync());
        var e = await proxy.Events.NextAsync();
        // The policy ran before termination, so it saw no negotiated version.
        Assert.Equal("", Assert.Single(e.Logs)["version_during_policy"]);

        var rejected = false;
        try
        {
            await using var tls = await TlsClient.ConnectAsync(proxy.Port, "agent.example.test");
            rejected = await TlsClient.IsClosedAsync(tls);
        }
        catch (Exception ex) when (ex is System.Security.Authentication.AuthenticationException or IOException)
        {
            rejected = true;
        }
        Assert.True(rejected);
        Assert.Equal("handshake_failed", (await proxy.Events.NextAsync()).CloseReason);
    }
}
