using Policy.Runtime.Traffic;

namespace Policy.Runtime.Policies;

/// <summary>
/// What the proxy does for the actions that touch the network: forwarding to an internal
/// endpoint and terminating TLS. The executor does the rest itself.
/// </summary>
public interface IPolicyHost
{
    /// <summary>
    /// Hands the connection to the internal endpoint at <paramref name="url"/> (whose own policy
    /// then runs). Returns null on success, or an error code and message when the target cannot be
    /// reached (no such endpoint, forwarding loop, dial failure).
    /// </summary>
    ValueTask<(string Code, string Message)?> ForwardInternalAsync(string url, ConnectionContext context, CancellationToken cancellationToken);

    /// <summary>
    /// Terminates TLS on the client connection with the action's settings (the certificate, key and
    /// CAs already resolved to text). On success the host fills <see cref="ConnectionContext.Tls"/>;
    /// returns null on success or an error code and message.
    /// </summary>
    ValueTask<(string Code, string Message)?> TerminateTlsAsync(TerminateTlsAction action, string? certificatePem, string? privateKeyPem,
        IReadOnlyList<string> certificateAuthorities, ConnectionContext context, CancellationToken cancellationToken);
}
