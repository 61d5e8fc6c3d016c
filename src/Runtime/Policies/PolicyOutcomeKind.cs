namespace Policy.Runtime.Policies;

/// <summary>How running a policy on a connection ended.</summary>
public enum PolicyOutcomeKind
{
    /// <summary>No action ended processing: the endpoint's default handling applies (forward to the upstream, or close for a cloud endpoint).</summary>
    Continue,
    /// <summary>A <c>deny</c> action.</summary>
    Denied,
    /// <summary>A <c>close-connection</c> action.</summary>
    Closed,
    /// <summary>A <c>restrict-ips</c> action with <c>enforce: true</c> blocked the client.</summary>
    RestrictedIps,
    /// <summary>A <c>forward-internal</c> action handed the connection to another endpoint.</summary>
    Forwarded,
    /// <summary>An action failed and halted processing (forward failed with on_error: halt, TLS handshake failed).</summary>
    Failed,
}
