using System.Text;
using Policy.Proxy.Tests.ClientHello;
using Policy.Proxy.Tests.Support;
using Xunit.Abstractions;

namespace Policy.Proxy.Tests.Connections;

public sealed class RefusalTests(ITestOutputHelper output)
{
    private const string Config = """
        limits:
          client_hello_timeout: 300ms
        endpoints:
          - name: app
            url: tls://app.example.test
            upstream: {url: "127.0.0.1:9"}
        """;

    private static readonly byte[] UnrecognizedName = [21, 3, 3, 0, 2, 2, 112];

    [Fact]
    public async Task A_hello_without_sni_gets_an_unrecognized_name_alert()
    {
        await using var proxy = await TestProxy.StartAsync(Config, output);
        using var client = await RawClient.ConnectAsync(proxy.Port);
        await client.SendAsync(GoldenHellos.Load(GoldenHellos.OpenSslNoSni));
        var (data, closed) = await client.ReadToEndAsync();
        Assert.True(closed);
        Assert.Equal(UnrecognizedName, data);
        var e = await proxy.Events.NextAsync();
        Assert.Equal(("no_sni", 7L), (e.CloseReason, e.BytesOut));
        Assert.NotEqual("", e.Ja4Fingerprint);
    }

    [Fact]
    public async Task An_ip_literal_sni_gets_the_alert_too()
    {
        await using var proxy = await TestProxy.StartAsync(Config, output);
        using var client = await Hellos.SendAsync(proxy.Port, "127.0.0.1");
        var (data, _) = await client.ReadToEndAsync();
        Assert.Equal(UnrecognizedName, data);
        Assert.Equal("invalid_sni", (await proxy.Events.NextAsync()).CloseReason);
    }

    [Theory]
    [InlineData("GET / HTTP/1.1\r\nHost: app.example.test\r\n\r\n")]
    [InlineData("SSH-2.0-OpenSSH_9.2\r\n")]
    public async Task Plain_text_is_closed_at_once_without_a_reply(string text)
    {
        await using var proxy = await TestProxy.StartAsync(Config.Replace("300ms", "10s", StringComparison.Ordinal), output);
        using var client = await RawClient.ConnectAsync(proxy.Port);
        var started = DateTime.UtcNow;
        await client.SendAsync(Encoding.ASCII.GetBytes(text));
        var (data, closed) = await client.ReadToEndAsync(TimeSpan.FromSeconds(2));
        Assert.True(closed);
        Assert.Empty(data);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(3), "closed at once, not after the hello timeout");
        Assert.Equal("not_tls", (await proxy.Events.NextAsync()).CloseReason);
    }

    [Fact]
    public async Task A_malformed_hello_is_closed()
    {
        await using var proxy = await TestProxy.StartAsync(Config, output);
        using var client = await RawClient.ConnectAsync(proxy.Port);
        var hello = GoldenHellos.Load(GoldenHellos.OpenSslTls13);
        hello[43] = 0xFF; // session id length beyond the message
        await client.SendAsync(hello);
        var (_, closed) = await client.ReadToEndAsync();
        Assert.True(closed);
        Assert.Equal("bad_client_hello", (await proxy.Events.NextAsync()).CloseReason);
    }

    [Fact]
    public async Task A_silent_client_is_closed_after_the_client_hello_timeout()
    {
        await using var proxy = await TestProxy.StartAsync(Config, output);
        using var client = await RawClient.ConnectAsync(proxy.Port);
        var started = DateTime.UtcNow;
        var (_, closed) = await client.ReadToEndAsync(TimeSpan.FromSeconds(3));
        var elapsed = DateTime.UtcNow - started;
        Assert.True(closed);
        Assert.InRange(elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(2500));
        Assert.Equal("client_hello_timeout", (await proxy.Events.NextAsync()).CloseReason);
    }

    [Fact]
    public async Task A_hello_split_into_single_bytes_is_still_routed()
    {
        await using var proxy = await TestProxy.StartAsync(Config.Replace("300ms", "3s", StringComparison.Ordinal), output);
        using var client = await RawClient.ConnectAsync(proxy.Port);
        foreach (var b in Hellos.For("nobody.test"))
        {
            await client.SendAsync([b]);
        }
        var (data, _) = await client.ReadToEndAsync();
        Assert.Equal(UnrecognizedName, data);
        Assert.Equal("unknown_endpoint", (await proxy.Events.NextAsync()).CloseReason);
    }
}
