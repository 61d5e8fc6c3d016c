using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Policy.Proxy.Endpoints;
using Policy.Runtime.Policies;

namespace Policy.Proxy.Connections;

public sealed partial class ConnectionHandler
{
    /// <summary>
    /// Runs <paramref name="endpoint"/>'s policy on the connection and decides what follows: the
    /// action that ended the policy, or the endpoint's default (forward to its upstream, or close a
    /// cloud endpoint). Also the body of forward-internal, which calls it for the target endpoint.
    /// </summary>
    internal async Task<Disposition> ProcessEndpointAsync(ConnectionSession session, Endpoint endpoint)
    {
        session.Hops.Add(endpoint.Name);
        session.Depth++;
        try
        {
            var context = ContextFactory.Create(session, endpoint);
            var host = new SessionPolicyHost(this, session, endpoint);
            var started = Stopwatch.GetTimestamp();
            var outcome = await PolicyExecutor.RunAsync(endpoint.Policy, context, host, CancellationToken.None).ConfigureAwait(false);
            metrics?.PolicyEvaluated(endpoint.Name, Stopwatch.GetElapsedTime(started) - host.NetworkTime);
            session.AddLogs(context.Logs);
            foreach (var error in outcome.Errors)
                logger.LogWarning("connection {Id}, endpoint '{Endpoint}': {Error}", session.Id, endpoint.Name, error);
            switch (outcome.Kind)
            {
                case PolicyOutcomeKind.Continue:
                    return await DefaultAsync(session, endpoint).ConfigureAwait(false);
                case PolicyOutcomeKind.Forwarded:
                    var forwarded = session.Forwarded!;
                    session.Forwarded = null;
                    return forwarded;
                case PolicyOutcomeKind.Denied:
                    return new Disposition.Close(CloseReasons.Denied);
                case PolicyOutcomeKind.Closed:
                    return new Disposition.Close(CloseReasons.ClosedByPolicy);
                case PolicyOutcomeKind.RestrictedIps:
                    return new Disposition.Close(CloseReasons.RestrictIps);
                default:
                    return new Disposition.Close(outcome.CloseReason.Length > 0 ? outcome.CloseReason : CloseReasons.ForwardFailed);
            }
        }
        finally
        {
            session.Depth--;
        }
    }
}
