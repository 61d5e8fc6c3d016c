using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Policy.Proxy.Admin.Metrics;
using Policy.Proxy.ClientHello;
using Policy.Proxy.Endpoints;
using Policy.Proxy.Events;
using Policy.Proxy.Hosting;
using Policy.Proxy.Tls;

namespace Policy.Proxy.Connections;

/// <summary>
/// The per-connection pipeline: read the ClientHello, route by SNI, run the endpoint's policy
/// (and any endpoint it forwards to), then close or forward; always end with one event (and, with
/// <paramref name="metrics"/>, counts).
/// </summary>
public sealed partial class ConnectionHandler(ConnectionRegistry registry, IEventSink events, ILogger logger, ProxyMetrics? metrics = null)
{
    private static readonly TimeSpan AlertLinger = TimeSpan.FromMilliseconds(500);
    private readonly SelfSignedCertificates _selfSigned = new();

    /// <summary>Parsed inline terminate-tls certificates and CAs.</summary>
    public CertificateCache Certificates { get; } = new();

    /// <summary>Serves one accepted connection to the end; never throws.</summary>
    public async Task HandleAsync(Socket socket, ProxySnapshot snapshot)
    {
        var session = new ConnectionSession(socket, snapshot);
        if (!registry.TryAdd(session, snapshot.Limits.MaxConnections))
        {
            session.Abort(CloseReasons.TooManyConnections);
            LogTooMany(snapshot.Limits.MaxConnections);
            await PublishAsync(session).ConfigureAwait(false);
            return;
        }
        try
        {
            await RunAsync(session).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            session.TrySetCloseReason(CloseReasons.ConnectionReset);
        }
        catch (Exception e)
        {
            session.TrySetCloseReason(CloseReasons.InternalError);
            logger.LogError(e, "connection {Id} from {Client} failed unexpectedly", session.Id, session.Remote);
        }
        finally
        {
            session.CloseAll();
            registry.Remove(session);
            await PublishAsync(session).ConfigureAwait(false);
        }
    }

    private ValueTask PublishAsync(ConnectionSession session)
    {
        var e = session.ToEvent();
        if (metrics is not null)
        {
            // Scrapes may already have counted part of the bytes; this adds the rest, up to the event's totals.
            session.Reported.Report(metrics, e.EndpointName, e.BytesIn, e.BytesOut);
            metrics.ConnectionClosed(e.EndpointName, e.CloseReason);
        }
        return events.PublishAsync(e);
    }

    private async Task RunAsync(ConnectionSession session)
    {
        session.Client.NoDelay = true;
        var hello = await ClientHelloReader.ReadAsync(session.Client, session.Snapshot.HelloLimits).ConfigureAwait(false);
        session.Hello = hello;
        session.Counters.AddIn(hello.BytesRead);
        if (hello.Outcome != ClientHelloReadOutcome.Complete)
        {
            session.TrySetCloseReason(hello.Outcome switch
            {
                ClientHelloReadOutcome.NotTls => CloseReasons.NotTls,
                ClientHelloReadOutcome.Timeout => CloseReasons.ClientHelloTimeout,
                ClientHelloReadOutcome.TooLarge => CloseReasons.ClientHelloTooLarge,
                ClientHelloReadOutcome.ClientClosed => CloseReasons.ClientClosed,
                _ => CloseReasons.BadClientHello,
            });
            LogRefused(session.Id, session.Remote.ToString(), hello.ToString());
            return;
        }
        var info = hello.Info!;
        session.Ja4 = info.Ja4;
        if (info.ServerNameStatus != ServerNameStatus.Valid)
        {
            await RefuseAsync(session, info.ServerNameStatus == ServerNameStatus.Missing ? CloseReasons.NoSni : CloseReasons.InvalidSni).ConfigureAwait(false);
            return;
        }
        session.ServerName = info.ServerName!;
        if (session.Snapshot.Endpoints.RoutePublic(session.ServerName) is not { } pool)
        {
            await RefuseAsync(session, CloseReasons.UnknownEndpoint).ConfigureAwait(false);
            return;
        }
        var endpoint = pool.Pick();
        session.Endpoint = endpoint;
        var disposition = await ProcessEndpointAsync(session, endpoint).ConfigureAwait(false);
        await FinishAsync(session, disposition).ConfigureAwait(false);
    }

    /// <summary>Sends the unrecognized_name alert and closes: the client asked for a name this proxy does not serve.</summary>
    private async Task RefuseAsync(ConnectionSession session, string reason)
    {
        session.TrySetCloseReason(reason);
        LogRefused(session.Id, session.Remote.ToString(), reason);
        if (await TlsAlertWriter.SendFatalAndCloseAsync(session.Client, TlsAlertDescription.UnrecognizedName, AlertLinger).ConfigureAwait(false))
            session.Counters.AddOut(TlsAlertWriter.RecordLength);
    }

    /// <summary>The generated certificate for an endpoint without a configured one (warns the first time).</summary>
    internal ServerCertificate SelfSigned(Endpoint endpoint)
    {
        var certificate = _selfSigned.Get(endpoint.Address.Host, out var created);
        if (created)
        {
            logger.LogWarning("endpoint '{Endpoint}' terminates TLS without a certificate for {Host}; using a generated self-signed certificate (clients will not trust it)",
                endpoint.Name, endpoint.Address.Host);
        }
        return certificate;
    }

    internal void LogHandshakeFailure(ConnectionSession session, Endpoint endpoint, string error) =>
        logger.LogInformation("connection {Id} from {Client} to '{Endpoint}': TLS handshake failed: {Error}", session.Id, session.Remote, endpoint.Name, error);

    private void LogRefused(long id, string client, string why) => logger.LogDebug("connection {Id} from {Client} refused: {Reason}", id, client, why);

    private void LogTooMany(int max) => logger.LogWarning("connection refused: {Max} connections are already open (max_connections)", max);
}
