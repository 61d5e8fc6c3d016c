using System.Net;
using System.Net.Sockets;
using Policy.Compiler.TrafficPolicy.Syntax;
using Policy.Proxy.Configuration;
using Policy.Proxy.Endpoints;

namespace Policy.Proxy.Demo;

/// <summary>
/// What <c>policy-proxy</c> runs without <c>--config</c>: a loopback listener, one endpoint
/// <c>tls://demo.localhost</c> with a sample policy, passing connections through to a built-in TLS
/// echo upstream, and events printed to stdout.
/// </summary>
public sealed class DemoEnvironment : IAsyncDisposable
{
    /// <summary>The demo endpoint's host name.</summary>
    public const string HostName = "demo.localhost";

    /// <summary>The port the demo tries first.</summary>
    public const int PreferredPort = 8443;

    /// <summary>The sample policy.</summary>
    public const string PolicyText = """
        on_tcp_connect:
          - name: loopback clients only
            actions:
              - type: restrict-ips
                config:
                  enforce: true
                  allow: ["127.0.0.0/8", "::1/128"]
          - name: record who connected
            actions:
              - type: log
                config:
                  metadata:
                    sni: "${conn.tls.sni}"
                    ja4: "${conn.tls.ja4_fingerprint}"
                    client: "${conn.client_ip}"
        """;

    private DemoEnvironment(EchoServer upstream, ProxyConfig config)
    {
        Upstream = upstream;
        Config = config;
    }

    /// <summary>The echo upstream.</summary>
    public EchoServer Upstream { get; }

    /// <summary>The demo's configuration.</summary>
    public ProxyConfig Config { get; }

    /// <summary>Starts the echo upstream and builds the configuration (port 8443 when free, else any free port).</summary>
    public static DemoEnvironment Start()
    {
        var upstream = EchoServer.Start(HostName);
        var port = IsFree(PreferredPort) ? PreferredPort : 0;
        var (policy, _) = PolicyDocumentReader.Read(PolicyText, "demo-policy.yml");
        EndpointAddress.TryParse($"tls://{HostName}", out var address, out _);
        var upstreamAddress = new HostPort("127.0.0.1", upstream.EndPoint.Port);
        var endpoint = new EndpointConfig("demo", address!, Compiler.TrafficPolicy.Catalog.EndpointBinding.Public, false,
            new UpstreamConfig(upstreamAddress.ToString(), upstreamAddress, false, 0, default), null,
            new PolicySource(policy, null, default), default);
        var config = new ProxyConfig
        {
            Listen = [new ListenAddress($"127.0.0.1:{port}", new IPEndPoint(IPAddress.Loopback, port), default)],
            Events = "-",
            Endpoints = [endpoint],
            Limits = ProxyLimits.Default with { DrainTimeout = TimeSpan.FromSeconds(5) },
        };
        return new DemoEnvironment(upstream, config);
    }

    /// <summary>The lines that tell a person how to try the demo.</summary>
    public string Instructions(IPEndPoint listener) => $"""
        policy-proxy demo: endpoint tls://{HostName} passes connections through to a built-in TLS echo upstream on {Upstream.EndPoint}.
        Its policy allows loopback clients only and logs each connection's SNI, JA4 fingerprint and address.
        Try it (type a line; the upstream echoes it back):
          openssl s_client -connect 127.0.0.1:{listener.Port} -servername {HostName}
        Connection events (tcp_connection_closed.v0) follow as JSON lines. Stop with Ctrl-C.
        """;

    private static bool IsFree(int port)
    {
        try
        {
            using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            probe.Bind(new IPEndPoint(IPAddress.Loopback, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => Upstream.DisposeAsync();
}
