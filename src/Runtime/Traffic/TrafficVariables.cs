using Policy.Runtime.Evaluation;
using Policy.Runtime.Types;
using static Policy.Runtime.Evaluation.VariableDecl;
using G = Policy.Runtime.Traffic.TrafficGetters;

namespace Policy.Runtime.Traffic;

/// <summary>
/// The variables Traffic Policy expressions may use, by phase (the catalogue of ngrok's
/// connection, TLS, endpoint, time, IP-intelligence and action-result variables).
/// </summary>
public static class TrafficVariables
{
    private static readonly CelType Str = CelType.String;
    private static readonly CelType Int = CelType.Int;
    private static readonly CelType Bool = CelType.Bool;
    private static readonly CelType StrList = CelType.List(CelType.String);

    /// <summary>The variables of <c>on_tcp_connect</c> (every protocol), without <c>vars.*</c>.</summary>
    public static IReadOnlyList<VariableDecl> OnTcpConnect { get; } = BuildTcpConnect();

    /// <summary>Root names of the HTTP-only variables, which a TLS or TCP endpoint does not have.</summary>
    public static IReadOnlyList<string> HttpOnlyRoots { get; } = ["req", "res"];

    private static List<VariableDecl> BuildTcpConnect()
    {
        var v = new List<VariableDecl>
        {
            Typed<ConnectionContext, string>("conn.client_ip", Str, G.ClientIp, "The client's IP address (layer-4 source)."),
            Typed<ConnectionContext, long>("conn.client_port", Int, G.ClientPort, "The client's source port."),
            Typed<ConnectionContext, string>("conn.server_ip", Str, G.ServerIp, "The IP address the connection arrived on."),
            Typed<ConnectionContext, long>("conn.server_port", Int, G.ServerPort, "The port the connection arrived on."),
            Typed<ConnectionContext, string>("conn.server_region", Str, G.ServerRegion, "The region of the server that received the connection."),
            Named("conn.ts.start", CelType.Timestamp, "When the connection started."),
            Typed<ConnectionContext, long>("conn.bytes_in", Int, G.BytesIn, "Bytes received from the client so far."),
            Typed<ConnectionContext, long>("conn.bytes_out", Int, G.BytesOut, "Bytes sent to the client so far."),
            Typed<ConnectionContext, string>("conn.tls.sni", Str, G.TlsSni, "The server name from the ClientHello."),
            Typed<ConnectionContext, string>("conn.tls.version", Str, G.TlsVersion, "The negotiated TLS version, e.g. '1.3' (empty until TLS is terminated)."),
            Typed<ConnectionContext, string>("conn.tls.cipher_suite", Str, G.TlsCipherSuite, "The negotiated cipher suite (empty until TLS is terminated)."),
            Typed<ConnectionContext, string>("conn.tls.ja4_fingerprint", Str, G.TlsJa4, "The JA4 fingerprint of the ClientHello."),
            Typed<ConnectionContext, string>("conn.tls.negotiated_alpn", Str, G.TlsAlpn, "The negotiated ALPN protocol, or ''."),
            Typed<ConnectionContext, bool>("conn.tls.session_resumed", Bool, G.TlsSessionResumed, "Whether the TLS session was resumed (always false)."),
            Typed<ConnectionContext, string>("endpoint.id", Str, G.EndpointId, "The endpoint's id (ep_...)."),
            Typed<ConnectionContext, string>("endpoint.url", Str, G.EndpointUrl, "The endpoint's URL."),
            Named("endpoint.addr", Str, "The endpoint's host:port."),
            Typed<ConnectionContext, string>("endpoint.host", Str, G.EndpointHost, "The endpoint's host name."),
            Typed<ConnectionContext, long>("endpoint.port", Int, G.EndpointPort, "The endpoint's port."),
            Typed<ConnectionContext, string>("endpoint.protocol", Str, G.EndpointProtocol, "The endpoint's protocol: http, https, tcp or tls."),
            Typed<ConnectionContext, string>("time.now", Str, G.TimeNow, "The current time, RFC 3339 in UTC."),
            Named("vars", CelType.Map(Str, CelType.Dyn), "Variables set by set-vars in this phase."),
        };
        foreach (var f in new[] { "city", "country", "country_code", "latitude", "longitude", "radius", "subdivision" })
            v.Add(Named($"conn.geo.{f}", Str, "Geography of the client (older flat form)."));
        foreach (var side in new[] { "client_ip", "server_ip" })
        {
            var p = $"conn.{side}";
            v.Add(Named($"{p}.categories", StrList, "IP-intelligence categories of the address."));
            v.Add(Named($"{p}.is_on_blocklist", Bool, "Whether the address is on a block list."));
            v.Add(Named($"{p}.is_tor_node", Bool, "Whether the address is a Tor node."));
            v.Add(Named($"{p}.as.number", Int, "Autonomous system number."));
            v.Add(Named($"{p}.as.organization", Str, "Autonomous system organisation."));
            foreach (var f in new[] { "city", "continent", "country", "country_code", "latitude", "longitude", "metro_code", "postal_code", "radius", "subdivision", "timezone" })
                v.Add(Named($"{p}.geo.location.{f}", Str, "Geographic location of the address."));
            v.Add(Named($"{p}.geo.location.is_eu", Bool, "Whether the location is in the EU."));
            foreach (var f in new[] { "city", "continent", "country", "country_code", "metro_code", "subdivision", "timezone" })
                v.Add(Named($"{p}.geo.registered_location.{f}", Str, "Registered location of the address."));
            v.Add(Named($"{p}.geo.registered_location.is_eu", Bool, "Whether the registered location is in the EU."));
        }
        foreach (var prefix in new[] { "conn.tls.client", "conn.tls.server", "actions.ngrok.terminate_tls.client", "actions.ngrok.terminate_tls.server" })
        {
            foreach (var (field, type) in CertificateInfo.Fields)
            {
                if (field == "pem" && prefix.EndsWith(".server", StringComparison.Ordinal)) continue;
                v.Add(Named($"{prefix}.{field}", type, "A field of the certificate."));
            }
        }
        foreach (var f in new[] { "action", "matched_cidr", "error.code", "error.message" })
            v.Add(Named($"actions.ngrok.restrict_ips.{f}", Str, "Result of the last restrict-ips action."));
        v.Add(Named("actions.ngrok.log.metadata", CelType.Map(Str, Str), "Metadata of the last log action."));
        foreach (var f in new[] { "url", "error.code", "error.message" })
            v.Add(Named($"actions.ngrok.forward_internal.{f}", Str, "Result of the last failed forward-internal action (on_error: continue)."));
        foreach (var f in new[] { "cipher_suite", "sni", "version", "error_code", "error_message" })
            v.Add(Named($"actions.ngrok.terminate_tls.{f}", Str, "Result of the last terminate-tls action."));
        v.Add(Named("actions.ngrok.terminate_tls.warnings", StrList, "Warnings of the last terminate-tls action."));
        return v;
    }
}
