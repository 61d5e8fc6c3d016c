using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using Policy.Proxy.Admin.Metrics;
using Policy.Proxy.ClientHello;
using Policy.Proxy.Endpoints;
using Policy.Proxy.Events;
using Policy.Proxy.Forwarding;
using Policy.Proxy.Hosting;
using Policy.Proxy.Tls;
using Policy.Runtime.Traffic;

namespace Policy.Proxy.Connections;

/// <summary>
/// The state of one client connection from accept to close: what the ClientHello said, which
/// endpoint took it, the TLS stream when TLS was terminated here, the upstream leg, byte counts,
/// log metadata for the event, and why it closed (the first reason set wins).
/// </summary>
public sealed class ConnectionSession
{
    private static long s_nextId;
    private string? _closeReason;
    private List<IReadOnlyDictionary<string, string>>? _logs;
    private Leg? _upstream;
    private volatile bool _forwarding;

    /// <summary>Starts a session for an accepted socket.</summary>
    public ConnectionSession(Socket client, ProxySnapshot snapshot)
    {
        Id = Interlocked.Increment(ref s_nextId);
        Client = client;
        Snapshot = snapshot;
        Remote = client.RemoteEndPoint as IPEndPoint ?? new IPEndPoint(IPAddress.None, 0);
        Local = client.LocalEndPoint as IPEndPoint ?? new IPEndPoint(IPAddress.None, 0);
        Start = DateTimeOffset.UtcNow;
    }

    /// <summary>A process-unique number.</summary>
    public long Id { get; }
    /// <summary>The client's socket.</summary>
    public Socket Client { get; }
    /// <summary>The configuration the connection was accepted under.</summary>
    public ProxySnapshot Snapshot { get; }
    /// <summary>The client's address.</summary>
    public IPEndPoint Remote { get; }
    /// <summary>The listener address the client connected to.</summary>
    public IPEndPoint Local { get; }
    /// <summary>When the connection was accepted.</summary>
    public DateTimeOffset Start { get; }
    /// <summary>Bytes to and from the client.</summary>
    public ByteCounters Counters { get; } = new();
    /// <summary>How much of <see cref="Counters"/> the metrics already hold.</summary>
    public ReportedBytes Reported { get; } = new();
    /// <summary>Activity clocks while forwarding.</summary>
    public LegActivity Activity { get; } = new();

    /// <summary>The ClientHello read, holding the bytes to replay; null once they were handed on.</summary>
    public ClientHelloReadResult? Hello { get; set; }
    /// <summary>The server name (normalised SNI), or "".</summary>
    public string ServerName { get; set; } = "";
    /// <summary>The JA4 fingerprint of the ClientHello, or "".</summary>
    public string Ja4 { get; set; } = "";
    /// <summary>The public endpoint that took the connection.</summary>
    public Endpoint? Endpoint { get; set; }
    /// <summary>The endpoints forward-internal passed the connection through, in order.</summary>
    public List<string> Hops { get; } = [];
    /// <summary>How many endpoint policies are running on the connection right now (1 + forward-internal nesting).</summary>
    public int Depth { get; set; }

    /// <summary>The decrypted client stream, once TLS was terminated here.</summary>
    public SslStream? ClientTls { get; private set; }
    /// <summary>What the termination negotiated (<c>conn.tls.*</c> from then on).</summary>
    public TlsState? TerminatedTls { get; private set; }
    /// <summary>The result variables of the terminate-tls action that terminated, for policies that run later.</summary>
    public TlsState? TerminateTlsResult { get; set; }
    /// <summary>True once TLS was terminated here.</summary>
    public bool TlsTerminated => ClientTls is not null;

    /// <summary>The outcome of a forward-internal that handed the connection to another endpoint.</summary>
    public Disposition? Forwarded { get; set; }

    /// <summary>Why the connection closed, once known.</summary>
    public string? CloseReason => Volatile.Read(ref _closeReason);

    /// <summary>The client IP as policies and events show it (IPv4-mapped addresses unmapped).</summary>
    public string ClientIp => Unmap(Remote.Address).ToString();

    /// <summary>The server IP as policies and events show it.</summary>
    public string ServerIp => Unmap(Local.Address).ToString();

    /// <summary>Sets the close reason unless one is already set.</summary>
    public bool TrySetCloseReason(string reason) => Interlocked.CompareExchange(ref _closeReason, reason, null) is null;

    /// <summary>Adds the metadata of executed log actions.</summary>
    public void AddLogs(IReadOnlyList<IReadOnlyDictionary<string, string>> logs)
    {
        if (logs.Count == 0) return;
        (_logs ??= []).AddRange(logs);
    }

    /// <summary>Terminates TLS on the client connection; on success the session's client side is the TLS stream.</summary>
    public async Task<TlsHandshakeResult> TerminateTlsAsync(TlsServerSettings settings, TimeSpan timeout)
    {
        var transport = new ReplayStream(Client, Hello, Counters);
        Hello = null;
        var result = await TlsTerminator.AcceptAsync(transport, settings, timeout, CancellationToken.None).ConfigureAwait(false);
        if (result.Succeeded)
        {
            result.State!.Ja4Fingerprint = Ja4;
            if (result.State.Sni.Length == 0) result.State.Sni = ServerName;
            ClientTls = result.Stream;
            TerminatedTls = result.State;
        }
        return result;
    }

    /// <summary>
    /// Adds the bytes moved since the last report to <paramref name="metrics"/>, under the endpoint
    /// that took the connection ("" before routing). A scrape calls this for each open connection
    /// and the close calls it once more, so the byte counters follow a connection while it runs.
    /// </summary>
    public void ReportBytes(ProxyMetrics metrics) => Reported.Report(metrics, Endpoint?.Name ?? "", Counters.In, Counters.Out);

    /// <summary>Forgets (and closes) an upstream that will not be used.</summary>
    public void DropUpstream() => Interlocked.Exchange(ref _upstream, null)?.Abort();

    /// <summary>Registers the connected upstream (so that an abort closes it too).</summary>
    public void SetUpstream(Leg upstream)
    {
        _upstream = upstream;
        if (CloseReason is not null) upstream.Abort();
    }

    /// <summary>Marks the start of forwarding: from now on idle timeouts apply.</summary>
    public void BeginForwarding() => _forwarding = true;

    /// <summary>Closes the connection now for <paramref name="reason"/> (unless another reason came first).</summary>
    public void Abort(string reason)
    {
        TrySetCloseReason(reason);
        CloseSockets();
    }

    /// <summary>Aborts the connection when a leg has been idle too long; true when it did.</summary>
    public bool CheckIdle(long nowTicks)
    {
        if (!_forwarding) return false;
        var limits = Snapshot.Limits;
        var clientMs = (long)limits.ClientIdleTimeout.TotalMilliseconds;
        var serverMs = (long)limits.ServerIdleTimeout.TotalMilliseconds;
        var client = nowTicks - Activity.Client >= clientMs;
        var server = nowTicks - Activity.Upstream >= serverMs;
        if (!client && !server) return false;
        // Both legs move together, so when both are over their limits the shorter limit is the one that expired first.
        Abort(client && (!server || clientMs <= serverMs) ? CloseReasons.ClientIdleTimeout : CloseReasons.ServerIdleTimeout);
        return true;
    }

    /// <summary>
    /// Closes the client and upstream sides and returns any buffer still held. Only the connection's
    /// own pipeline calls this, at its end: another thread returning the ClientHello buffer could
    /// hand it to a new connection while this one is still sending from it.
    /// </summary>
    public void CloseAll()
    {
        CloseSockets();
        Hello?.Dispose();
        Hello = null;
    }

    private void CloseSockets()
    {
        Interlocked.Exchange(ref _upstream, null)?.Abort();
        try
        {
            ClientTls?.Dispose();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // Already broken; the socket is closed below either way.
        }
        Client.Dispose();
    }

    /// <summary>The connection's event.</summary>
    public ConnectionClosedEvent ToEvent() => new()
    {
        EventId = EventIds.New(),
        Timestamp = DateTimeOffset.UtcNow,
        BytesIn = Counters.In,
        BytesOut = Counters.Out,
        ClientIp = ClientIp,
        ServerIp = ServerIp,
        ServerName = ServerName,
        ServerPort = Local.Port,
        Start = Start,
        End = DateTimeOffset.UtcNow,
        Ja4Fingerprint = Ja4,
        Logs = (IReadOnlyList<IReadOnlyDictionary<string, string>>?)_logs ?? [],
        EndpointId = Endpoint?.Id ?? "",
        EndpointName = Endpoint?.Name ?? "",
        EndpointUrl = Endpoint?.Address.Url ?? "",
        CloseReason = CloseReason ?? CloseReasons.Completed,
    };

    private static IPAddress Unmap(IPAddress a) => a.IsIPv4MappedToIPv6 ? a.MapToIPv4() : a;
}
