using Policy.Compiler.TrafficPolicy.Syntax;
using Policy.Proxy.ClientHello;

namespace Policy.Proxy.Configuration;

public sealed partial class ConfigReader
{
    private static readonly string[] LimitKeys =
    [
        "client_hello_timeout", "client_idle_timeout", "server_idle_timeout", "handshake_timeout",
        "upstream_connect_timeout", "max_client_hello_bytes", "max_connections", "drain_timeout",
    ];

    private ProxyLimits ReadLimits(PolicyEntry? entry)
    {
        var d = ProxyLimits.Default;
        if (entry is null || AsMap(entry, "limits") is not { } map) return d;
        CheckKeys(map, LimitKeys, "limits");
        return new ProxyLimits
        {
            ClientHelloTimeout = Duration(map.Find("client_hello_timeout")) ?? d.ClientHelloTimeout,
            ClientIdleTimeout = Duration(map.Find("client_idle_timeout")) ?? d.ClientIdleTimeout,
            ServerIdleTimeout = Duration(map.Find("server_idle_timeout")) ?? d.ServerIdleTimeout,
            HandshakeTimeout = Duration(map.Find("handshake_timeout")) ?? d.HandshakeTimeout,
            UpstreamConnectTimeout = Duration(map.Find("upstream_connect_timeout")) ?? d.UpstreamConnectTimeout,
            MaxClientHelloBytes = Int(map.Find("max_client_hello_bytes"), ClientHelloParser.MinMaxBytes, 1 << 20) ?? d.MaxClientHelloBytes,
            MaxConnections = Int(map.Find("max_connections"), 1, 10_000_000) ?? d.MaxConnections,
            DrainTimeout = Duration(map.Find("drain_timeout")) ?? d.DrainTimeout,
        };
    }
}
