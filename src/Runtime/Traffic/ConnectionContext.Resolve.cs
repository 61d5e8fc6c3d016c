using Policy.Runtime.Values;

namespace Policy.Runtime.Traffic;

public sealed partial class ConnectionContext
{
    /// <summary>The value of a Traffic Policy variable by its qualified name, or null when there is none.</summary>
    private CelValue? Resolve(string name)
    {
        switch (name)
        {
            case "conn.client_ip": return CelString.Of(ClientIp);
            case "conn.client_port": return CelInt.Of(ClientPort);
            case "conn.server_ip": return CelString.Of(ServerIp);
            case "conn.server_port": return CelInt.Of(ServerPort);
            case "conn.server_region": return CelString.Of(ServerRegion);
            case "conn.ts.start": return CelTimestamp.FromDateTimeOffset(StartTime);
            case "conn.bytes_in": return CelInt.Of(BytesIn);
            case "conn.bytes_out": return CelInt.Of(BytesOut);
            case "conn.tls.sni": return CelString.Of(Tls.Sni);
            case "conn.tls.version": return CelString.Of(Tls.Version);
            case "conn.tls.cipher_suite": return CelString.Of(Tls.CipherSuite);
            case "conn.tls.ja4_fingerprint": return CelString.Of(Tls.Ja4Fingerprint);
            case "conn.tls.negotiated_alpn": return CelString.Of(Tls.NegotiatedAlpn);
            case "conn.tls.session_resumed": return CelBool.Of(Tls.SessionResumed);
            case "endpoint.id": return CelString.Of(Endpoint.Id);
            case "endpoint.url": return CelString.Of(Endpoint.Url);
            case "endpoint.addr": return CelString.Of(Endpoint.Addr);
            case "endpoint.host": return CelString.Of(Endpoint.Host);
            case "endpoint.port": return CelInt.Of(Endpoint.Port);
            case "endpoint.protocol": return CelString.Of(Endpoint.Protocol);
            case "time.now": return CelString.Of(Now);
            case "vars": return CelMap.OfStrings(Vars);
            case "actions.ngrok.restrict_ips.action": return CelString.Of(Actions.RestrictIpsAction);
            case "actions.ngrok.restrict_ips.matched_cidr": return CelString.Of(Actions.RestrictIpsMatchedCidr);
            case "actions.ngrok.restrict_ips.error.code": return CelString.Of(Actions.RestrictIpsErrorCode);
            case "actions.ngrok.restrict_ips.error.message": return CelString.Of(Actions.RestrictIpsErrorMessage);
            case "actions.ngrok.log.metadata": return Actions.LogMetadata;
            case "actions.ngrok.forward_internal.url": return CelString.Of(Actions.ForwardInternalUrl);
            case "actions.ngrok.forward_internal.error.code": return CelString.Of(Actions.ForwardInternalErrorCode);
            case "actions.ngrok.forward_internal.error.message": return CelString.Of(Actions.ForwardInternalErrorMessage);
            case "actions.ngrok.terminate_tls.cipher_suite": return CelString.Of(Actions.TerminateTls?.CipherSuite ?? "");
            case "actions.ngrok.terminate_tls.sni": return CelString.Of(Actions.TerminateTls?.Sni ?? "");
            case "actions.ngrok.terminate_tls.version": return CelString.Of(Actions.TerminateTls?.Version ?? "");
            case "actions.ngrok.terminate_tls.error_code": return CelString.Of(Actions.TerminateTlsErrorCode);
            case "actions.ngrok.terminate_tls.error_message": return CelString.Of(Actions.TerminateTlsErrorMessage);
            case "actions.ngrok.terminate_tls.warnings": return CelList.OfStrings(Actions.TerminateTlsWarnings);
        }
        if (name.StartsWith("vars.", StringComparison.Ordinal))
            return Vars.TryGetValue(name[5..], out var v) ? v : CelError.NoSuchKey(CelString.Of(name[5..]));
        if (name.StartsWith("conn.geo.", StringComparison.Ordinal))
            return CelString.Of(Geo.GetValueOrDefault(name[9..], ""));
        if (name.StartsWith("conn.client_ip.", StringComparison.Ordinal)) return Intel(ClientIntel, name[15..]);
        if (name.StartsWith("conn.server_ip.", StringComparison.Ordinal)) return Intel(ServerIntel, name[15..]);
        if (name.StartsWith("conn.tls.client.", StringComparison.Ordinal)) return Certificate(Tls.Client, name[16..]);
        if (name.StartsWith("conn.tls.server.", StringComparison.Ordinal)) return Certificate(Tls.Server, name[16..]);
        if (name.StartsWith("actions.ngrok.terminate_tls.client.", StringComparison.Ordinal))
            return Certificate(Actions.TerminateTls?.Client, name[35..]);
        if (name.StartsWith("actions.ngrok.terminate_tls.server.", StringComparison.Ordinal))
            return Certificate(Actions.TerminateTls?.Server, name[35..]);
        return null;
    }

    private static CelValue? Certificate(CertificateInfo? certificate, string field) =>
        certificate?.Get(field) ?? (CertificateInfo.Fields.Any(f => f.Name == field) ? CertificateInfo.Empty(field) : null);

    private static CelValue? Intel(IpIntelligence intel, string field) => field switch
    {
        "categories" => CelList.OfStrings(intel.Categories),
        "is_on_blocklist" => CelBool.Of(intel.IsOnBlocklist),
        "is_tor_node" => CelBool.Of(intel.Categories.Contains("proxy.anonymous.tor")),
        "as.number" => CelInt.Of(intel.AsNumber),
        "as.organization" => CelString.Of(intel.AsOrganization),
        "geo.location.is_eu" => CelBool.Of(intel.LocationIsEu),
        "geo.registered_location.is_eu" => CelBool.Of(intel.RegisteredLocationIsEu),
        _ when field.StartsWith("geo.location.", StringComparison.Ordinal) => CelString.Of(intel.Location.GetValueOrDefault(field[13..], "")),
        _ when field.StartsWith("geo.registered_location.", StringComparison.Ordinal) => CelString.Of(intel.RegisteredLocation.GetValueOrDefault(field[24..], "")),
        _ => null,
    };
}
