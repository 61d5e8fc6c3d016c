using System.Security.Cryptography;
using Policy.Proxy.Demo;
using Policy.Proxy.Tests.ClientHello;
using Policy.Proxy.Tests.Support;
using Xunit.Abstractions;

namespace Policy.Proxy.Tests.Connections;

public sealed class PassThroughTests(ITestOutputHelper output)
{
    private static string Config(int upstreamPort, string host = "app.example.test") => $"""
        endpoints:
          - name: app
            url: tls://{host}
            upstream:
              url: 127.0.0.1:{upstreamPort}
        """;

    [Fact]
    public async Task Every_byte_reaches_the_upstream_and_comes_back_unchanged()
    {
        await using var upstream = RawUpstream.Echo();
        await using var proxy = await TestProxy.StartAsync(Config(upstream.Port), output);
        var hello = GoldenHellos.Load(GoldenHellos.OpenSslTls13);
        var payload = RandomNumberGenerator.GetBytes(200_000);
        byte[] sent = [.. hello, .. payload];

        using var client = await RawClient.ConnectAsync(proxy.Port);
        var reading = client.ReadToEndAsync();
        await client.SendAsync(sent);
        client.Socket.Shutdown(System.Net.Sockets.SocketShutdown.Send);
        var (echoed, closed) = await reading;

        Assert.True(closed);
        Assert.Equal(sent, echoed);
        Assert.Equal(sent, await upstream.ReceivedAsync());
        var e = await proxy.Events.NextAsync();
        Assert.Equal(("completed", sent.Length, sent.Length), (e.CloseReason, e.BytesIn, e.BytesOut));
        Assert.Equal("app.example.test", e.ServerName);
    }

    [Fact]
    public async Task A_tls_session_with_the_upstream_runs_through_the_proxy_untouched()
    {
        await using var upstream = EchoServer.Start("app.example.test");
        await using var proxy = await TestProxy.StartAsync(Config(upstream.EndPoint.Port), output);
        await using var tls = await TlsClient.ConnectAsync(proxy.Port, "app.example.test");

        // The certificate is the upstream's: the proxy did not terminate TLS.
        Assert.Equal(upstream.Certificate.Leaf.Thumbprint, new System.Security.Cryptography.X509Certificates.X509Certificate2(tls.RemoteCertificate!).Thumbprint);
        var data = RandomNumberGenerator.GetBytes(300_000);
        var readBack = new byte[data.Length];
        var read = tls.ReadExactlyAsync(readBack).AsTask();
        await tls.WriteAsync(data);
        await read.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(data, readBack);
    }

    [Fact]
    public async Task Openssl_client_and_openssl_server_talk_through_the_proxy()
    {
        Assert.True(Openssl.IsAvailable, "the openssl command is required");
        var dir = TempDirectory.Create();
        try
        {
            var (cert, key) = TestPki.WritePem(dir, "upstream", TestPki.CreateLeaf("app.example.test"));
            await using var server = await Openssl.StartServerAsync(cert, key);
            await using var proxy = await TestProxy.StartAsync(Config(server.Port), output);
            await using var client = await Openssl.RunClientAsync(proxy.Port, "app.example.test", "hello proxy\n", "yxorp olleh", TimeSpan.FromSeconds(10));
            Assert.Contains("yxorp olleh", client.Stdout, StringComparison.Ordinal);
            Assert.Contains("CN = app.example.test", client.Stdout + client.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            TempDirectory.Delete(dir);
        }
    }

    [Fact]
    public async Task Half_close_from_the_client_still_delivers_the_upstream_reply()
    {
        await using var upstream = RawUpstream.Manual();
        await using var proxy = await TestProxy.StartAsync(Config(upstream.Port), output);
        using var client = await Hellos.SendAsync(proxy.Port, "app.example.test");
        using var server = await upstream.AcceptAsync();
        client.Socket.Shutdown(System.Net.Sockets.SocketShutdown.Send);

        // The upstream sees the ClientHello and then end of stream, yet can still answer.
        var seen = new List<byte>();
        var buffer = new byte[4096];
        int n;
        while ((n = await server.ReceiveAsync(buffer)) > 0) seen.AddRange(buffer.AsSpan(0, n).ToArray());
        Assert.Equal(Hellos.For("app.example.test"), seen.ToArray());
        await server.SendAsync("late reply"u8.ToArray());
        server.Shutdown(System.Net.Sockets.SocketShutdown.Send);

        var (data, closed) = await client.ReadToEndAsync();
        Assert.True(closed);
        Assert.Equal("late reply"u8.ToArray(), data);
        Assert.Equal("completed", (await proxy.Events.NextAsync()).CloseReason);
    }

    [Fact]
    public async Task An_unreachable_upstream_closes_the_connection_with_that_reason()
    {
        var port = Openssl.FreePort();
        await using var proxy = await TestProxy.StartAsync(Config(port), output);
        using var client = await Hellos.SendAsync(proxy.Port, "app.example.test");
        var (_, closed) = await client.ReadToEndAsync();
        Assert.True(closed);
        Assert.Equal("upstream_unreachable", (await proxy.Events.NextAsync()).CloseReason);
    }
}
