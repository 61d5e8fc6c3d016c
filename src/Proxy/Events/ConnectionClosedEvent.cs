namespace Policy.Proxy.Events;

/// <summary>A <c>tcp_connection_closed.v0</c> event: what one connection was and how it ended.</summary>
public sealed record ConnectionClosedEvent
{
    /// <summary><c>event_id</c> (<c>ev_…</c>).</summary>
    public required string EventId { get; init; }
    /// <summary><c>event_timestamp</c>.</summary>
    public required DateTimeOffset Timestamp { get; init; }
    /// <summary><c>conn.bytes_in</c>.</summary>
    public long BytesIn { get; init; }
    /// <summary><c>conn.bytes_out</c>.</summary>
    public long BytesOut { get; init; }
    /// <summary><c>conn.client_ip</c>.</summary>
    public string ClientIp { get; init; } = "";
    /// <summary><c>conn.server_ip</c>.</summary>
    public string ServerIp { get; init; } = "";
    /// <summary><c>conn.server_name</c>: the SNI.</summary>
    public string ServerName { get; init; } = "";
    /// <summary><c>conn.server_port</c>.</summary>
    public long ServerPort { get; init; }
    /// <summary><c>conn.start_ts</c>.</summary>
    public DateTimeOffset Start { get; init; }
    /// <summary><c>conn.end_ts</c>.</summary>
    public DateTimeOffset End { get; init; }
    /// <summary><c>ja4_fingerprint</c>.</summary>
    public string Ja4Fingerprint { get; init; } = "";
    /// <summary><c>traffic_policy.logs[].metadata</c>: one entry per executed log action.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Logs { get; init; } = [];
    /// <summary><c>endpoint.id</c>.</summary>
    public string EndpointId { get; init; } = "";
    /// <summary><c>endpoint.name</c>.</summary>
    public string EndpointName { get; init; } = "";
    /// <summary><c>endpoint.url</c>.</summary>
    public string EndpointUrl { get; init; } = "";
    /// <summary><c>close_reason</c>.</summary>
    public string CloseReason { get; init; } = "";
}
