namespace Policy.Runtime.Traffic;

/// <summary>
/// Typed accessors of the most used variables. Generated code calls them directly (the JIT
/// inlines them to a field load), so a condition on <c>conn.tls.sni</c> costs what hand-written
/// code costs.
/// </summary>
public static class TrafficGetters
{
    /// <summary><c>conn.client_ip</c>.</summary>
    public static string ClientIp(ConnectionContext c) => c.ClientIp;
    /// <summary><c>conn.client_port</c>.</summary>
    public static long ClientPort(ConnectionContext c) => c.ClientPort;
    /// <summary><c>conn.server_ip</c>.</summary>
    public static string ServerIp(ConnectionContext c) => c.ServerIp;
    /// <summary><c>conn.server_port</c>.</summary>
    public static long ServerPort(ConnectionContext c) => c.ServerPort;
    /// <summary><c>conn.server_region</c>.</summary>
    public static string ServerRegion(ConnectionContext c) => c.ServerRegion;
    /// <summary><c>conn.bytes_in</c>.</summary>
    public static long BytesIn(ConnectionContext c) => c.BytesIn;
    /// <summary><c>conn.bytes_out</c>.</summary>
    public static long BytesOut(ConnectionContext c) => c.BytesOut;
    /// <summary><c>conn.tls.sni</c>.</summary>
    public static string TlsSni(ConnectionContext c) => c.Tls.Sni;
    /// <summary><c>conn.tls.version</c>.</summary>
    public static string TlsVersion(ConnectionContext c) => c.Tls.Version;
    /// <summary><c>conn.tls.cipher_suite</c>.</summary>
    public static string TlsCipherSuite(ConnectionContext c) => c.Tls.CipherSuite;
    /// <summary><c>conn.tls.ja4_fingerprint</c>.</summary>
    public static string TlsJa4(ConnectionContext c) => c.Tls.Ja4Fingerprint;
    /// <summary><c>conn.tls.negotiated_alpn</c>.</summary>
    public static string TlsAlpn(ConnectionContext c) => c.Tls.NegotiatedAlpn;
    /// <summary><c>conn.tls.session_resumed</c>.</summary>
    public static bool TlsSessionResumed(ConnectionContext c) => c.Tls.SessionResumed;
    /// <summary><c>endpoint.id</c>.</summary>
    public static string EndpointId(ConnectionContext c) => c.Endpoint.Id;
    /// <summary><c>endpoint.url</c>.</summary>
    public static string EndpointUrl(ConnectionContext c) => c.Endpoint.Url;
    /// <summary><c>endpoint.host</c>.</summary>
    public static string EndpointHost(ConnectionContext c) => c.Endpoint.Host;
    /// <summary><c>endpoint.port</c>.</summary>
    public static long EndpointPort(ConnectionContext c) => c.Endpoint.Port;
    /// <summary><c>endpoint.protocol</c>.</summary>
    public static string EndpointProtocol(ConnectionContext c) => c.Endpoint.Protocol;
    /// <summary><c>time.now</c>.</summary>
    public static string TimeNow(ConnectionContext c) => c.Now;
}
