using System.Security.Cryptography.X509Certificates;
using Policy.Proxy.Tests.Actions;
using Policy.Proxy.Tests.Support;
using Xunit.Abstractions;

namespace Policy.Proxy.Tests.Tls;

public sealed class MutualTlsTests(ITestOutputHelper output)
{
    private static readonly X509Certificate2 TrustedCa = TestPki.CreateCa("Trusted Test CA");
    private static readonly X509Certificate2 OtherCa = TestPki.CreateCa("Other Test CA");
    private static readonly X509Certificate2 TrustedClient = TestPki.CreateLeaf("alice", TrustedCa, client: true);
    private static readonly X509Certificate2 OtherClient = TestPki.CreateLeaf("mallory", OtherCa, client: true);

    private static string Config(int upstreamPort, string strategy) => ActionTestBase.Config(upstreamPort, $$"""
        - actions:
            - type: terminate-tls
              config:
                mutual_tls_certificate_authorities:
                  - {{TestPki.Block(TestPki.CertificatePem(TrustedCa), 10)}}
                mutual_tls_verification_strategy: {{strategy}}
            - type: log
              config:
                metadata:
                  client_cn: "${conn.tls.client.subject.common_name}"
                  issuer_cn: "${actions.ngrok.terminate_tls.client.issuer.common_name}"
        """);

    /// <summary>Connects with an optional client certificate; true when data flows end to end.</summary>
    private static async Task<bool> WorksAsync(TestProxy proxy, X509Certificate2? certificate)
    {
        try
        {
            await using var tls = await TlsClient.ConnectAsync(proxy.Port, "app.example.test", certificate);
            // With TLS 1.3 a rejected client certificate may only show on the first read.
            return await TlsClient.EchoAsync(tls, "hi") == "hi";
        }
        catch (Exception e) when (e is System.Security.Authentication.AuthenticationException or IOException or EndOfStreamException or OperationCanceledException)
        {
            return false;
        }
    }

    [Theory]
    [InlineData("require-and-verify", true, false, false)]
    [InlineData("require-any", true, true, false)]
    [InlineData("request", true, true, true)]
    public async Task Each_strategy_accepts_exactly_its_clients(string strategy, bool trusted, bool untrusted, bool none)
    {
        await using var upstream = RawUpstream.Echo();
        await using var proxy = await TestProxy.StartAsync(Config(upstream.Port, strategy), output);
        foreach (var (certificate, expected) in new[] { (TrustedClient, trusted), (OtherClient, untrusted), ((X509Certificate2?)null, none) })
        {
            Assert.Equal(expected, await WorksAsync(proxy, certificate));
            var e = await proxy.Events.NextAsync();
            if (expected)
            {
                Assert.Equal("completed", e.CloseReason);
                var expectedCn = certificate?.GetNameInfo(X509NameType.SimpleName, false) ?? "";
                Assert.Equal(expectedCn, Assert.Single(e.Logs)["client_cn"]);
            }
            else
            {
                Assert.Equal("handshake_failed", e.CloseReason);
            }
        }
    }

    [Fact]
    public async Task The_client_certificate_fields_are_visible_to_later_rules()
    {
        await using var upstream = RawUpstream.Echo();
        await using var proxy = await TestProxy.StartAsync(Config(upstream.Port, "require-and-verify"), output);
        Assert.True(await WorksAsync(proxy, TrustedClient));
        var log = Assert.Single((await proxy.Events.NextAsync()).Logs);
        Assert.Equal(("alice", "Trusted Test CA"), (log["client_cn"], log["issuer_cn"]));
    }
}
