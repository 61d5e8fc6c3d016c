using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Policy.Proxy.Demo;
using Policy.Proxy.Tests.Actions;
using Policy.Proxy.Tests.Support;
using Xunit.Abstractions;

namespace Policy.Proxy.Tests.Tls;

public sealed class TerminateTlsTests(ITestOutputHelper output)
{
    private static readonly X509Certificate2 Inline = TestPki.CreateLeaf("app.example.test");

    private const string LogTls = """
        - type: log
          config:
            metadata:
              version: "${conn.tls.version}"
              cipher: "${conn.tls.cipher_suite}"
              sni: "${conn.tls.sni}"
              action_version: "${actions.ngrok.terminate_tls.version}"
              server_cn: "${conn.tls.server.subject.common_name}"
        """;

    private static string Terminate(string config = "{}") => $"""
        - actions:
            - type: terminate-tls
              config: {config}
        {ActionTestBase.Indent(LogTls, 4)}
        """;

    private static string InlineConfig(string extra = "") =>
        "\n        server_certificate: " + TestPki.Block(TestPki.CertificatePem(Inline), 8)
        + "\n        server_private_key: " + TestPki.Block(TestPki.KeyPem(Inline), 8)
        + (extra.Length > 0 ? "\n        " + extra : "");

    private static X509Certificate2 Remote(System.Net.Security.SslStream s) => new(s.RemoteCertificate!);

    [Fact]
    public async Task The_proxy_terminates_with_the_inline_certificate_and_sends_plaintext_upstream()
    {
        await using var upstream = RawUpstream.Echo();
        await using var proxy = await TestProxy.StartAsync(ActionTestBase.Config(upstream.Port, Terminate(InlineConfig())), output);
        await using (var tls = await TlsClient.ConnectAsync(proxy.Port, "app.example.test"))
        {
            Assert.Equal(Inline.Thumbprint, Remote(tls).Thumbprint);
            Assert.Equal("ping through", await TlsClient.EchoAsync(tls, "ping through"));
        }
        Assert.Equal("ping through"u8.ToArray(), await upstream.ReceivedAsync());
        var e = await proxy.Events.NextAsync();
        Assert.Equal("completed", e.CloseReason);
        var log = Assert.Single(e.Logs);
        Assert.Equal(("1.3", "1.3", "app.example.test", "app.example.test"), (log["version"], log["action_version"], log["sni"], log["server_cn"]));
        Assert.StartsWith("TLS_", log["cipher"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Max_version_1_2_negotiates_tls_1_2()
    {
        await using var upstream = RawUpstream.Echo();
        await using var proxy = await TestProxy.StartAsync(ActionTestBase.Config(upstream.Port, Terminate(InlineConfig("max_version: \"1.2\""))), output);
        await using (var tls = await TlsClient.ConnectAsync(proxy.Port, "app.example.test"))
        {
            Assert.Equal(SslProtocols.Tls12, tls.SslProtocol);
            Assert.Equal("x", await TlsClient.EchoAsync(tls, "x"));
        }
        Assert.Equal("1.2", Assert.Single((await proxy.Events.NextAsync()).Logs)["version"]);
    }

    [Fact]
    public async Task A_client_below_min_version_fails_the_handshake()
    {
        await using var upstream = RawUpstream.Echo();
        await using var proxy = await TestProxy.StartAsync(ActionTestBase.Config(upstream.Port, Terminate(InlineConfig("min_version: \"1.3\""))), output);
        await Assert.ThrowsAnyAsync<Exception>(() => TlsClient.ConnectAsync(proxy.Port, "app.example.test", protocols: SslProtocols.Tls12));
        var e = await proxy.Events.NextAsync();
        Assert.Equal("handshake_failed", e.CloseReason);
        Assert.Empty(e.Logs);
        Assert.Equal(0, upstream.AcceptedCount);
    }

    [Fact]
    public async Task A_tls_upstream_gets_the_traffic_re_encrypted()
    {
        await using var upstream = EchoServer.Start("upstream.test");
        var config = ActionTestBase.Config(upstream.EndPoint.Port, Terminate()).Replace($"url: 127.0.0.1:{upstream.EndPoint.Port}", $"url: tls://127.0.0.1:{upstream.EndPoint.Port}", StringComparison.Ordinal);
        await using var proxy = await TestProxy.StartAsync(config, output);
        await using var tls = await TlsClient.ConnectAsync(proxy.Port, "app.example.test");
        // The client sees the proxy's certificate, not the upstream's, and still gets the echo.
        Assert.NotEqual(upstream.Certificate.Leaf.Thumbprint, Remote(tls).Thumbprint);
        Assert.Equal("through two TLS sessions", await TlsClient.EchoAsync(tls, "through two TLS sessions"));
    }

    [Fact]
    public async Task Without_any_certificate_a_self_signed_one_is_generated_for_the_endpoint()
    {
        await using var upstream = RawUpstream.Echo();
        await using var proxy = await TestProxy.StartAsync(ActionTestBase.Config(upstream.Port, Terminate()), output);
        await using var tls = await TlsClient.ConnectAsync(proxy.Port, "app.example.test");
        var cert = Remote(tls);
        Assert.Equal("CN=app.example.test", cert.Subject);
        Assert.Equal(cert.Subject, cert.Issuer);
    }

    [Fact]
    public async Task The_configured_certificates_are_chosen_by_sni_exact_before_wildcard()
    {
        var wildcard = TestPki.CreateLeaf("*.example.test");
        var exact = TestPki.CreateLeaf("app.example.test");
        var files = new Dictionary<string, string>
        {
            ["wild.pem"] = TestPki.CertificatePem(wildcard), ["wild.key"] = TestPki.KeyPem(wildcard),
            ["app.pem"] = TestPki.CertificatePem(exact), ["app.key"] = TestPki.KeyPem(exact),
        };
        await using var upstream = RawUpstream.Echo();
        var config = "certificates:\n  - {cert: wild.pem, key: wild.key}\n  - {cert: app.pem, key: app.key}\n"
            + ActionTestBase.Config(upstream.Port, Terminate()).Replace("tls://app.example.test", "tls://*.example.test", StringComparison.Ordinal);
        await using var proxy = await TestProxy.StartAsync(config, output, files: files);

        await using (var a = await TlsClient.ConnectAsync(proxy.Port, "app.example.test")) Assert.Equal(exact.Thumbprint, Remote(a).Thumbprint);
        await using (var b = await TlsClient.ConnectAsync(proxy.Port, "other.example.test")) Assert.Equal(wildcard.Thumbprint, Remote(b).Thumbprint);
    }

    [Fact]
    public async Task A_client_that_stalls_in_the_handshake_is_closed_after_the_handshake_timeout()
    {
        await using var upstream = RawUpstream.Echo();
        var config = "limits: {handshake_timeout: 300ms}\n" + ActionTestBase.Config(upstream.Port, Terminate());
        await using var proxy = await TestProxy.StartAsync(config, output);
        using var client = await Hellos.SendAsync(proxy.Port, "app.example.test");
        var started = DateTime.UtcNow;
        var (_, closed) = await client.ReadToEndAsync(TimeSpan.FromSeconds(3));
        Assert.True(closed);
        Assert.InRange(DateTime.UtcNow - started, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(2));
        Assert.Equal("handshake_failed", (await proxy.Events.NextAsync()).CloseReason);
    }

    [Fact]
    public async Task Openssl_sees_the_terminated_session()
    {
        Assert.True(Openssl.IsAvailable, "the openssl command is required");
        await using var upstream = RawUpstream.Echo();
        await using var proxy = await TestProxy.StartAsync(ActionTestBase.Config(upstream.Port, Terminate(InlineConfig())), output);
        await using var client = await Openssl.RunClientAsync(proxy.Port, "app.example.test", "echo me\n", "echo me", TimeSpan.FromSeconds(10));
        Assert.Contains("echo me", client.Stdout, StringComparison.Ordinal);
        Assert.Contains("CN = app.example.test", client.Stdout + client.Stderr, StringComparison.Ordinal);
    }
}
