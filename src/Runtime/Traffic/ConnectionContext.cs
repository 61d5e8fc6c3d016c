using Policy.Runtime.Evaluation;
using Policy.Runtime.Values;

namespace Policy.Runtime.Traffic;

/// <summary>
/// The state of one connection as Traffic Policy sees it in <c>on_tcp_connect</c>: the
/// activation for every rule's expressions. The proxy fills it as the connection progresses
/// (ClientHello, TLS termination, action results, <c>set-vars</c>).
/// </summary>
public sealed partial class ConnectionContext : IActivation
{
    /// <summary><c>conn.client_ip</c>.</summary>
    public string ClientIp { get; set; } = "";
    /// <summary><c>conn.client_port</c>.</summary>
    public long ClientPort { get; set; }
    /// <summary><c>conn.server_ip</c>.</summary>
    public string ServerIp { get; set; } = "";
    /// <summary><c>conn.server_port</c>.</summary>
    public long ServerPort { get; set; }
    /// <summary><c>conn.server_region</c>.</summary>
    public string ServerRegion { get; set; } = "";
    /// <summary><c>conn.ts.start</c>.</summary>
    public DateTimeOffset StartTime { get; set; } = DateTimeOffset.UtcNow;
    /// <summary><c>conn.bytes_in</c>.</summary>
    public long BytesIn { get; set; }
    /// <summary><c>conn.bytes_out</c>.</summary>
    public long BytesOut { get; set; }
    /// <summary><c>conn.geo.*</c> (the older flat geography fields, all strings), by name.</summary>
    public IReadOnlyDictionary<string, string> Geo { get; set; } = new Dictionary<string, string>();
    /// <summary><c>conn.client_ip.*</c>.</summary>
    public IpIntelligence ClientIntel { get; set; } = IpIntelligence.Unknown;
    /// <summary><c>conn.server_ip.*</c>.</summary>
    public IpIntelligence ServerIntel { get; set; } = IpIntelligence.Unknown;
    /// <summary><c>conn.tls.*</c>.</summary>
    public TlsState Tls { get; set; } = new();
    /// <summary><c>endpoint.*</c>.</summary>
    public EndpointInfo Endpoint { get; set; } = new("", "", "", "", 0, "tls");
    /// <summary>The clock behind <c>time.now</c>.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;
    /// <summary><c>vars.*</c>: variables set by <c>set-vars</c> in this phase.</summary>
    public Dictionary<string, CelValue> Vars { get; } = [];
    /// <summary><c>actions.ngrok.*</c>.</summary>
    public ActionResults Actions { get; } = new();

    /// <summary>The metadata of every executed <c>log</c> action, for the connection's event.</summary>
    public List<IReadOnlyDictionary<string, string>> Logs { get; } = [];

    /// <summary><c>time.now</c>: RFC 3339 in UTC.</summary>
    public string Now => CelTimestamp.FromDateTimeOffset(Clock.GetUtcNow()).ToRfc3339();

    /// <inheritdoc/>
    public bool TryResolve(string name, out CelValue value)
    {
        value = Resolve(name)!;
        return value is not null;
    }
}
