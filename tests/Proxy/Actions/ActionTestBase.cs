using Policy.Proxy.Events;
using Policy.Proxy.Tests.Support;
using Xunit.Abstractions;

namespace Policy.Proxy.Tests.Actions;

/// <summary>Runs one connection through an endpoint with a given policy and an echoing upstream.</summary>
public abstract class ActionTestBase(ITestOutputHelper output)
{
    protected ITestOutputHelper Output { get; } = output;

    /// <summary>A config with endpoint <c>app</c> on tls://app.example.test (upstream <paramref name="upstreamPort"/>) and extra endpoints.</summary>
    internal static string Config(int upstreamPort, string policyRules, string extra = "") => $"""
        endpoints:
          - name: app
            url: tls://app.example.test
            upstream:
              url: 127.0.0.1:{upstreamPort}
            traffic_policy:
              on_tcp_connect:
        {Indent(policyRules, 8)}
        {extra}
        """;

    internal static string Indent(string text, int spaces) =>
        string.Join("\n", text.Split('\n').Select(l => l.Length == 0 ? l : new string(' ', spaces) + l));

    /// <summary>Sends a ClientHello, half-closes, and returns what came back, whether the proxy closed, and the event.</summary>
    internal static async Task<(byte[] Data, bool Closed, ConnectionClosedEvent Event)> OneConnectionAsync(TestProxy proxy, string serverName = "app.example.test")
    {
        using var client = await Hellos.SendAsync(proxy.Port, serverName);
        client.Socket.Shutdown(System.Net.Sockets.SocketShutdown.Send);
        var (data, closed) = await client.ReadToEndAsync();
        return (data, closed, await proxy.Events.NextAsync());
    }
}
