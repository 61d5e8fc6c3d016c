using Policy.Proxy.Endpoints;
using Policy.Runtime.Traffic;

namespace Policy.Proxy.Connections;

/// <summary>Builds the activation a policy runs on: the connection as it is now, seen from one endpoint.</summary>
public static class ContextFactory
{
    /// <summary>A fresh context (its own <c>vars</c>) for running <paramref name="endpoint"/>'s policy on the session.</summary>
    public static ConnectionContext Create(ConnectionSession session, Endpoint endpoint)
    {
        var context = new ConnectionContext
        {
            ClientIp = session.ClientIp,
            ClientPort = session.Remote.Port,
            ServerIp = session.ServerIp,
            ServerPort = session.Local.Port,
            ServerRegion = session.Snapshot.Config.ServerRegion,
            StartTime = session.Start,
            BytesIn = session.Counters.In,
            BytesOut = session.Counters.Out,
            Endpoint = endpoint.Info,
            Tls = session.TerminatedTls is { } tls ? Copy(tls) : new TlsState { Sni = session.ServerName, Ja4Fingerprint = session.Ja4 },
        };
        // Action results are not scoped to one policy (ngrok reads terminate_tls.* in later phases), so a
        // forwarded-to endpoint still sees how TLS was terminated.
        if (session.TerminateTlsResult is { } result) context.Actions.TerminateTls = Copy(result);
        return context;
    }

    /// <summary>A copy, so that one policy's view cannot change another's.</summary>
    public static TlsState Copy(TlsState s) => new()
    {
        Sni = s.Sni,
        Version = s.Version,
        CipherSuite = s.CipherSuite,
        Ja4Fingerprint = s.Ja4Fingerprint,
        NegotiatedAlpn = s.NegotiatedAlpn,
        SessionResumed = s.SessionResumed,
        Client = s.Client,
        Server = s.Server,
    };
}
