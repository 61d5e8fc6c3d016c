using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Policy.Proxy.Endpoints;
using Policy.Proxy.Forwarding;
using Policy.Proxy.Tls;

namespace Policy.Proxy.Connections;

public sealed partial class ConnectionHandler
{
    /// <summary>What an endpoint does with a connection its policy let through.</summary>
    private async Task<Disposition> DefaultAsync(ConnectionSession session, Endpoint endpoint)
    {
        if (endpoint.Upstream is not { } upstream)
        {
            logger.LogWarning("ERR_NGROK_6029: the traffic policy of cloud endpoint '{Endpoint}' ({Id}) is non-terminating; connection {Conn} closed",
                endpoint.Name, endpoint.Id, session.Id);
            return new Disposition.Close(CloseReasons.NoTerminatingAction);
        }
        var limits = session.Snapshot.Limits;
        if (endpoint.AgentTls is { } agentTls && !session.TlsTerminated)
        {
            var handshake = await session.TerminateTlsAsync(agentTls, limits.HandshakeTimeout).ConfigureAwait(false);
            if (!handshake.Succeeded)
            {
                LogHandshakeFailure(session, endpoint, handshake.Error!);
                return new Disposition.Close(CloseReasons.HandshakeFailed);
            }
        }
        var (socket, error) = await UpstreamDialer.ConnectAsync(upstream.Address, limits.UpstreamConnectTimeout, CancellationToken.None).ConfigureAwait(false);
        if (socket is null) return Unreachable(session, endpoint, error!);
        Leg leg = new SocketLeg(socket);
        session.SetUpstream(leg);
        try
        {
            if (upstream.ProxyProtocol != 0)
            {
                var header = ProxyProtocolHeader.Build(upstream.ProxyProtocol, session.Remote, session.Local, session.ServerName, session.TerminatedTls?.NegotiatedAlpn);
                await leg.WriteAsync(header).ConfigureAwait(false);
            }
            if (session.TlsTerminated)
            {
                if (upstream.Tls)
                {
                    var (ssl, tlsError) = await UpstreamTls.ConnectAsync(socket, upstream.Address.Host, session.ServerName, limits.HandshakeTimeout, CancellationToken.None)
                        .ConfigureAwait(false);
                    if (ssl is null) return Unreachable(session, endpoint, $"TLS to upstream {upstream.Address} failed: {tlsError}");
                    leg = new StreamLeg(ssl, socket);
                    session.SetUpstream(leg);
                }
            }
            else if (session.Hello is { } hello)
            {
                // Pass-through: the upstream gets exactly the bytes the client sent, ClientHello first.
                await leg.WriteAsync(hello.Bytes).ConfigureAwait(false);
                session.Hello = null;
                hello.Dispose();
                await leg.ForgetSendBufferAsync().ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is SocketException or IOException or ObjectDisposedException)
        {
            return Unreachable(session, endpoint, $"upstream {upstream.Address} closed the connection: {e.Message}");
        }
        return new Disposition.Forward(endpoint, leg);
    }

    private Disposition.Unreachable Unreachable(ConnectionSession session, Endpoint endpoint, string message)
    {
        session.DropUpstream();
        logger.LogWarning("connection {Id}, endpoint '{Endpoint}': {Error}", session.Id, endpoint.Name, message);
        return new Disposition.Unreachable(CloseReasons.UpstreamUnreachable, "ERR_NGROK_8012", message);
    }

    /// <summary>Carries out the final disposition: close, or forward until both sides are done.</summary>
    private static async Task FinishAsync(ConnectionSession session, Disposition disposition)
    {
        switch (disposition)
        {
            case Disposition.Close close:
                session.TrySetCloseReason(close.Reason);
                return;
            case Disposition.Unreachable unreachable:
                session.TrySetCloseReason(unreachable.Reason);
                return;
            case Disposition.Forward forward:
                Leg client = session.ClientTls is { } tls ? new StreamLeg(tls, session.Client) : new SocketLeg(session.Client, session.Counters);
                session.Activity.Reset();
                session.BeginForwarding();
                var result = await DuplexPump.RunAsync(client, forward.Upstream, session.Activity).ConfigureAwait(false);
                session.TrySetCloseReason(result == PumpResult.Completed ? CloseReasons.Completed : CloseReasons.ConnectionReset);
                return;
        }
    }
}
