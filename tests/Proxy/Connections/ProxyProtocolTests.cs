using System.Net;
using System.Text;
using Policy.Proxy.Forwarding;
using Policy.Proxy.Tests.Support;
using Xunit.Abstractions;

namespace Policy.Proxy.Tests.Connections;

public sealed class ProxyProtocolTests(ITestOutputHelper output)
{
    private static string Config(int upstreamPort, string version) => $"""
        endpoints:
          - name: app
            url: tls://app.example.test
            upstream:
              url: 127.0.0.1:{upstreamPort}
              proxy_protocol: "{version}"
        """;

    private static async Task<byte[]> ReceiveAsync(System.Net.Sockets.Socket socket, int count)
    {
        var buffer = new byte[count];
        var got = 0;
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        while (got < count) got += await socket.ReceiveAsync(buffer.AsMemory(got), System.Net.Sockets.SocketFlags.None, cts.Token);
        return buffer;
    }

    [Fact]
    public async Task Version_1_precedes_the_client_hello_at_the_upstream()
    {
        await using var upstream = RawUpstream.Manual();
        await using var proxy = await TestProxy.StartAsync(Config(upstream.Port, "1"), output);
        using var client = await Hellos.SendAsync(proxy.Port, "app.example.test");
        using var server = await upstream.AcceptAsync();
        var clientPort = ((IPEndPoint)client.Socket.LocalEndPoint!).Port;
        var header = Encoding.ASCII.GetBytes($"PROXY TCP4 127.0.0.1 127.0.0.1 {clientPort} {proxy.Port}\r\n");
        var hello = Hellos.For("app.example.test");
        var received = await ReceiveAsync(server, header.Length + hello.Length);
        Assert.Equal([.. header, .. hello], received);
    }

    [Fact]
    public async Task Version_2_carries_addresses_and_the_sni_as_authority()
    {
        await using var upstream = RawUpstream.Manual();
        await using var proxy = await TestProxy.StartAsync(Config(upstream.Port, "2"), output);
        using var client = await Hellos.SendAsync(proxy.Port, "app.example.test");
        using var server = await upstream.AcceptAsync();
        var expected = ProxyProtocolHeader.V2((IPEndPoint)client.Socket.LocalEndPoint!, proxy.EndPoint, "app.example.test", null);
        var hello = Hellos.For("app.example.test");
        var received = await ReceiveAsync(server, expected.Length + hello.Length);
        Assert.Equal([.. expected, .. hello], received);
        Assert.Equal("0D0A0D0A000D0A515549540A2111", Convert.ToHexString(received.AsSpan(0, 14)));
    }
}
