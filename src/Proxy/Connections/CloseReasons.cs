namespace Policy.Proxy.Connections;

/// <summary>The <c>close_reason</c> values of connection events.</summary>
public static class CloseReasons
{
    /// <summary>Both sides finished normally.</summary>
    public const string Completed = "completed";
    /// <summary>A side reset or broke the connection while forwarding.</summary>
    public const string ConnectionReset = "connection_reset";
    /// <summary>A <c>deny</c> action.</summary>
    public const string Denied = "denied";
    /// <summary>A <c>close-connection</c> action.</summary>
    public const string ClosedByPolicy = "closed_by_policy";
    /// <summary>A <c>restrict-ips</c> action blocked the client.</summary>
    public const string RestrictIps = "restrict_ips";
    /// <summary>The ClientHello had no server name.</summary>
    public const string NoSni = "no_sni";
    /// <summary>The ClientHello's server name is not a valid host name (an IP literal, bad characters…).</summary>
    public const string InvalidSni = "invalid_sni";
    /// <summary>No public endpoint serves the server name.</summary>
    public const string UnknownEndpoint = "unknown_endpoint";
    /// <summary>The ClientHello did not arrive in time.</summary>
    public const string ClientHelloTimeout = "client_hello_timeout";
    /// <summary>The first bytes were TLS but not a well-formed ClientHello.</summary>
    public const string BadClientHello = "bad_client_hello";
    /// <summary>The ClientHello exceeded the size limit.</summary>
    public const string ClientHelloTooLarge = "client_hello_too_large";
    /// <summary>The client did not speak TLS (plain HTTP, SSH…).</summary>
    public const string NotTls = "not_tls";
    /// <summary>The client went away before sending a ClientHello.</summary>
    public const string ClientClosed = "client_closed";
    /// <summary>The upstream could not be reached.</summary>
    public const string UpstreamUnreachable = "upstream_unreachable";
    /// <summary>A TLS handshake this proxy took part in failed.</summary>
    public const string HandshakeFailed = "handshake_failed";
    /// <summary>No bytes to or from the client within the client idle timeout.</summary>
    public const string ClientIdleTimeout = "client_idle_timeout";
    /// <summary>No bytes to or from the upstream within the server idle timeout.</summary>
    public const string ServerIdleTimeout = "server_idle_timeout";
    /// <summary>A <c>forward-internal</c> action failed with <c>on_error: halt</c>.</summary>
    public const string ForwardFailed = "forward_failed";
    /// <summary>A cloud endpoint's policy ended without a terminating action.</summary>
    public const string NoTerminatingAction = "no_terminating_action";
    /// <summary>The proxy shut down before the connection finished.</summary>
    public const string Shutdown = "shutdown";
    /// <summary>More connections than <c>max_connections</c>.</summary>
    public const string TooManyConnections = "too_many_connections";
    /// <summary>A bug: an unexpected exception ended the connection.</summary>
    public const string InternalError = "internal_error";
}
