using System.Diagnostics;
using Policy.Proxy.Endpoints;
using Policy.Proxy.Tls;
using Policy.Runtime.Policies;
using Policy.Runtime.Traffic;

namespace Policy.Proxy.Connections;

/// <summary>
/// The proxy side of the two network actions, for one endpoint's policy run on one connection:
/// <c>forward-internal</c> runs the target endpoint's own policy on the same connection (bounded
/// by a hop limit, which is how forwarding loops end), and <c>terminate-tls</c> runs the handshake.
/// </summary>
public sealed class SessionPolicyHost(ConnectionHandler handler, ConnectionSession session, Endpoint endpoint) : IPolicyHost
{
    /// <summary>The most forward-internal hops one connection may take.</summary>
    public const int MaxForwardHops = 8;

    private long _networkTicks;

    /// <summary>
    /// Time spent in the network actions (the target's whole run for forward-internal, the handshake
    /// for terminate-tls), which the policy evaluation time leaves out.
    /// </summary>
    public TimeSpan NetworkTime => Stopwatch.GetElapsedTime(0, _networkTicks);

    /// <inheritdoc/>
    public async ValueTask<(string Code, string Message)?> ForwardInternalAsync(string url, ConnectionContext context, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await ForwardAsync(url, context).ConfigureAwait(false);
        }
        finally
        {
            _networkTicks += Stopwatch.GetTimestamp() - started;
        }
    }

    private async ValueTask<(string Code, string Message)?> ForwardAsync(string url, ConnectionContext context)
    {
        if (session.Depth > MaxForwardHops)
        {
            return ("ERR_NGROK_2300", $"forwarding loop: the connection was forwarded more than {MaxForwardHops} times ({string.Join(" -> ", session.Hops)} -> {url})");
        }
        if (session.Snapshot.Endpoints.ResolveInternal(url, out var error) is not { } pool) return error;
        var target = pool.Pick();
        // The event lists log metadata in the order the actions ran: this policy's so far, then the target's.
        session.AddLogs(context.Logs);
        context.Logs.Clear();
        var disposition = await handler.ProcessEndpointAsync(session, target).ConfigureAwait(false);
        if (disposition is Disposition.Unreachable unreachable) return (unreachable.Code, unreachable.Message);
        session.Forwarded = disposition;
        return null;
    }

    /// <inheritdoc/>
    public async ValueTask<(string Code, string Message)?> TerminateTlsAsync(TerminateTlsAction action, string? certificatePem, string? privateKeyPem,
        IReadOnlyList<string> certificateAuthorities, ConnectionContext context, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await TerminateAsync(action, certificatePem, privateKeyPem, certificateAuthorities, context).ConfigureAwait(false);
        }
        finally
        {
            _networkTicks += Stopwatch.GetTimestamp() - started;
        }
    }

    private async ValueTask<(string Code, string Message)?> TerminateAsync(TerminateTlsAction action, string? certificatePem, string? privateKeyPem,
        IReadOnlyList<string> certificateAuthorities, ConnectionContext context)
    {
        if (session.TerminatedTls is { } already)
        {
            context.Tls = ContextFactory.Copy(already);
            context.Actions.TerminateTlsWarnings = ["TLS was already terminated on this connection; the existing session is kept"];
            return null;
        }
        ServerCertificate certificate;
        if (certificatePem is not null && privateKeyPem is not null)
        {
            if (handler.Certificates.Get(certificatePem, privateKeyPem, out var problem) is not { } parsed)
                return ("ERR_NGROK_2228", $"Failed to parse server_certificate: {problem}");
            certificate = parsed;
        }
        else
        {
            certificate = session.Snapshot.Certificates.Find(session.ServerName) ?? handler.SelfSigned(endpoint);
        }
        var warnings = new List<string>();
        ClientCertificatePolicy? mtls = null;
        if (certificateAuthorities.Count > 0)
        {
            var authorities = handler.Certificates.GetAuthorities(certificateAuthorities, warnings);
            mtls = new ClientCertificatePolicy(ClientCertificatePolicy.ParseMode(action.MutualTlsVerificationStrategy), authorities);
        }
        var settings = new TlsServerSettings(certificate, TlsNames.Range(action.MinVersion, action.MaxVersion), mtls);
        var result = await session.TerminateTlsAsync(settings, session.Snapshot.Limits.HandshakeTimeout).ConfigureAwait(false);
        context.Actions.TerminateTlsWarnings = warnings;
        if (!result.Succeeded)
        {
            handler.LogHandshakeFailure(session, endpoint, result.Error!);
            return ("ERR_NGROK_3002", $"Error performing TLS handshake: {result.Error}");
        }
        context.Tls = ContextFactory.Copy(session.TerminatedTls!);
        context.Actions.TerminateTls = ContextFactory.Copy(session.TerminatedTls!);
        session.TerminateTlsResult = context.Actions.TerminateTls;
        return null;
    }
}
