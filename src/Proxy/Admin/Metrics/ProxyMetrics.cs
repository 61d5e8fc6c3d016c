using System.Collections.Concurrent;

namespace Policy.Proxy.Admin.Metrics;

/// <summary>
/// The proxy's counters, kept for the lifetime of the process and served by the admin API's
/// <c>GET /metrics</c>. Labels are endpoint names (an API endpoint's name is its id), close reasons,
/// and the admin API's methods, route patterns and statuses: all of bounded variety, as long as
/// the series of endpoints that stop serving are dropped (<see cref="ForgetEndpointsExcept"/>).
/// </summary>
public sealed class ProxyMetrics
{
    /// <summary>Bucket bounds of the policy evaluation time, in seconds (10 µs to 1 s).</summary>
    public static readonly double[] PolicyBuckets = [0.00001, 0.000025, 0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1];

    private readonly ConcurrentDictionary<string, Histogram> _policyTime = new(StringComparer.Ordinal);

    /// <summary>Closed connections by endpoint and close reason.</summary>
    public CounterSet<(string Endpoint, string Reason)> Connections { get; } = new();

    /// <summary>Bytes received from clients, by endpoint (counted as connections run: at each scrape and at close; see <see cref="BytesMoved"/>).</summary>
    public CounterSet<string> BytesIn { get; } = new();

    /// <summary>Bytes sent to clients, by endpoint (counted as connections run: at each scrape and at close; see <see cref="BytesMoved"/>).</summary>
    public CounterSet<string> BytesOut { get; } = new();

    /// <summary>Configuration reloads by result (<c>success</c>, <c>failure</c>).</summary>
    public CounterSet<string> Reloads { get; } = new();

    /// <summary>Admin API requests by method, route pattern and status code.</summary>
    public CounterSet<(string Method, string Route, int Status)> ApiRequests { get; } = new();

    /// <summary>Counts a closed connection (its bytes are counted through <see cref="BytesMoved"/>).</summary>
    public void ConnectionClosed(string endpoint, string reason) => Connections.Add((endpoint, reason));

    /// <summary>
    /// Adds bytes a connection moved since it was last reported. Each connection reports its growth
    /// at every scrape while it is open and once more when it closes (see
    /// <see cref="Policy.Proxy.Connections.ReportedBytes"/>), so a long-lived tunnel shows its bytes
    /// before it ends and no byte is counted twice.
    /// </summary>
    public void BytesMoved(string endpoint, long bytesIn, long bytesOut)
    {
        if (bytesIn > 0) BytesIn.Add(endpoint, bytesIn);
        if (bytesOut > 0) BytesOut.Add(endpoint, bytesOut);
    }

    /// <summary>Records how long one run of an endpoint's policy took (network actions excluded).</summary>
    public void PolicyEvaluated(string endpoint, TimeSpan elapsed) =>
        _policyTime.GetOrAdd(endpoint, static _ => new Histogram(PolicyBuckets)).Observe(Math.Max(0, elapsed.TotalSeconds));

    /// <summary>
    /// Drops the per-endpoint series of every endpoint not in <paramref name="serving"/> (the
    /// connections without an endpoint, labelled "", stay). Each endpoint the API creates has a new
    /// id, so without this, creating and deleting endpoints would add series without end. A
    /// connection that was open on a dropped endpoint brings its series back when it closes (and
    /// its byte series at each scrape that finds it still moving bytes, counting from what was
    /// already reported), until the next change drops them again.
    /// </summary>
    public void ForgetEndpointsExcept(IReadOnlySet<string> serving)
    {
        bool Gone(string endpoint) => endpoint.Length > 0 && !serving.Contains(endpoint);
        Connections.RemoveWhere(c => Gone(c.Endpoint));
        BytesIn.RemoveWhere(Gone);
        BytesOut.RemoveWhere(Gone);
        foreach (var endpoint in _policyTime.Keys)
        {
            if (Gone(endpoint)) _policyTime.TryRemove(endpoint, out _);
        }
    }

    /// <summary>Counts a reload.</summary>
    public void Reloaded(bool success) => Reloads.Add(success ? "success" : "failure");

    /// <summary>
    /// The exposition text; <paramref name="openConnections"/> and <paramref name="endpoints"/> (count by type) are read at scrape time.
    /// The caller reports the open connections' bytes first (<see cref="Policy.Proxy.Connections.ConnectionRegistry.ReportBytes"/>).
    /// </summary>
    public string Render(int openConnections, IReadOnlyDictionary<string, int> endpoints)
    {
        var text = new PrometheusText();
        text.Family("policy_proxy_connections_total", "counter", "Connections closed, by endpoint and close reason.");
        foreach (var ((endpoint, reason), value) in Connections.Snapshot().OrderBy(c => c.Labels))
            text.Sample("policy_proxy_connections_total", value, ("endpoint", endpoint), ("close_reason", reason));
        text.Family("policy_proxy_open_connections", "gauge", "Connections open now.");
        text.Sample("policy_proxy_open_connections", openConnections);
        text.Family("policy_proxy_bytes_in_total", "counter", "Bytes received from clients, by endpoint, counted as connections run (at each scrape and at close).");
        foreach (var (endpoint, value) in BytesIn.Snapshot().OrderBy(c => c.Labels, StringComparer.Ordinal))
            text.Sample("policy_proxy_bytes_in_total", value, ("endpoint", endpoint));
        text.Family("policy_proxy_bytes_out_total", "counter", "Bytes sent to clients, by endpoint, counted as connections run (at each scrape and at close).");
        foreach (var (endpoint, value) in BytesOut.Snapshot().OrderBy(c => c.Labels, StringComparer.Ordinal))
            text.Sample("policy_proxy_bytes_out_total", value, ("endpoint", endpoint));
        text.Family("policy_proxy_policy_evaluation_seconds", "histogram", "Time to run an endpoint's on_tcp_connect policy, without the time its network actions wait.");
        foreach (var (endpoint, histogram) in _policyTime.OrderBy(h => h.Key, StringComparer.Ordinal))
            text.Histogram("policy_proxy_policy_evaluation_seconds", histogram, ("endpoint", endpoint));
        text.Family("policy_proxy_reloads_total", "counter", "Configuration reloads, by result.");
        foreach (var result in new[] { "success", "failure" })
            text.Sample("policy_proxy_reloads_total", Reloads.Get(result), ("result", result));
        text.Family("policy_proxy_endpoints", "gauge", "Endpoints serving now, by type.");
        foreach (var (type, count) in endpoints.OrderBy(e => e.Key, StringComparer.Ordinal))
            text.Sample("policy_proxy_endpoints", count, ("type", type));
        text.Family("policy_proxy_admin_requests_total", "counter", "Admin API requests, by method, route and status code.");
        foreach (var ((method, route, status), value) in ApiRequests.Snapshot().OrderBy(c => c.Labels))
            text.Sample("policy_proxy_admin_requests_total", value, ("method", method), ("route", route), ("status", status.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return text.ToString();
    }
}
