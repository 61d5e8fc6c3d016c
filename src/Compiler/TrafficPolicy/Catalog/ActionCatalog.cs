namespace Policy.Compiler.TrafficPolicy.Catalog;

/// <summary>
/// Every ngrok action type (traffic-policy.md §2.1), so that an HTTP-only action on a TLS endpoint
/// is reported as such rather than as unknown. Seven are permitted on TLS endpoints.
/// </summary>
public static class ActionCatalog
{
    private static readonly Scheme[] Http = [Scheme.Http, Scheme.Https];
    private static readonly Scheme[] AllSchemes = [Scheme.Http, Scheme.Https, Scheme.Tcp, Scheme.Tls];
    private const string Req = Phases.OnHttpRequest, Res = Phases.OnHttpResponse, Tcp = Phases.OnTcpConnect;

    /// <summary>The actions, by type.</summary>
    public static IReadOnlyDictionary<string, ActionDefinition> All { get; } = new ActionDefinition[]
    {
        new("add-headers", [Req, Res], Http, Termination.Never, "Adds headers to the request or response."),
        new("ai-gateway", [Req], Http, Termination.Always, "Routes requests to AI model providers."),
        new("basic-auth", [Req], Http, Termination.Conditional, "Requires HTTP basic authentication."),
        new("circuit-breaker", [Req], Http, Termination.Conditional, "Rejects requests when the upstream error rate is too high."),
        new("close-connection", [Tcp, Req], AllSchemes, Termination.Always, "Closes the client connection at once."),
        new("compress-response", [Req, Res], Http, Termination.Never, "Compresses response bodies."),
        new("custom-response", [Req, Res], Http, Termination.Always, "Answers with a fixed status, headers and body."),
        new("deny", [Tcp, Req], AllSchemes, Termination.Always, "Refuses the connection (on_tcp_connect: closes it; the upstream is never dialled)."),
        new("forward-internal", [Tcp, Req], AllSchemes, Termination.Conditional, "Forwards the connection to an internal endpoint, whose own policy then runs."),
        new("http-request", [Req, Res], Http, Termination.Never, "Makes an HTTP request from the policy."),
        new("jwt-validation", [Req], Http, Termination.Conditional, "Validates JSON Web Tokens."),
        new("log", [Tcp, Req, Res], AllSchemes, Termination.Never, "Adds metadata to the connection's event."),
        new("oauth", [Req], Http, Termination.Conditional, "Requires an OAuth login."),
        new("openid-connect", [Req], Http, Termination.Conditional, "Requires an OpenID Connect login."),
        new("owasp-crs-request", [Req], Http, Termination.Conditional, "Checks requests against the OWASP Core Rule Set."),
        new("owasp-crs-response", [Res], Http, Termination.Conditional, "Checks responses against the OWASP Core Rule Set."),
        new("rate-limit", [Req], Http, Termination.Conditional, "Limits the request rate."),
        new("redirect", [Req], Http, Termination.Never, "Redirects requests."),
        new("remove-headers", [Req, Res], Http, Termination.Never, "Removes headers from the request or response."),
        new("request-body-find-replace", [Req], Http, Termination.Never, "Rewrites request bodies."),
        new("response-body-find-replace", [Res], Http, Termination.Never, "Rewrites response bodies."),
        new("restrict-ips", [Req, Res, Tcp], AllSchemes, Termination.Conditional, "Allows or denies clients by CIDR range."),
        new("saml", [Req], Http, Termination.Conditional, "Requires a SAML login (early access)."),
        new("set-vars", [Req, Res, Tcp], AllSchemes, Termination.Never, "Sets variables for later rules of the same phase."),
        new("sse-find-replace", [Phases.OnEventStreamMessage], Http, Termination.Never, "Rewrites server-sent-event messages."),
        new("terminate-tls", [Tcp], [Scheme.Https, Scheme.Tls], Termination.Never, "Terminates TLS at the proxy, optionally with a custom certificate and mutual TLS."),
        new("url-rewrite", [Req], Http, Termination.Never, "Rewrites request URLs."),
        new("verify-webhook", [Req], Http, Termination.Conditional, "Verifies webhook signatures."),
    }.ToDictionary(a => a.Type, StringComparer.Ordinal);

    /// <summary>The action types a TLS endpoint may use.</summary>
    public static IReadOnlyList<string> TlsPermitted { get; } =
        ["close-connection", "deny", "forward-internal", "log", "restrict-ips", "set-vars", "terminate-tls"];

    /// <summary>The definition of an action type, if it exists.</summary>
    public static ActionDefinition? Find(string type) => All.GetValueOrDefault(type);
}
