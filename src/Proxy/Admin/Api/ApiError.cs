using System.Collections.Immutable;
using Policy.Compiler.Diagnostics;

namespace Policy.Proxy.Admin.Api;

/// <summary>An admin API error: HTTP status, <c>code</c>, <c>error</c> message, and policy diagnostics when a policy is invalid.</summary>
public sealed record ApiError(int Status, string Code, string Message)
{
    /// <summary>The policy's diagnostics (an invalid policy), written as the <c>diagnostics</c> array.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>400 with a code.</summary>
    public static ApiError BadRequest(string code, string message) => new(400, code, message);

    /// <summary>404 for an endpoint id.</summary>
    public static ApiError NoEndpoint(string id) => new(404, ApiErrorCodes.NotFound, $"no endpoint has the id '{id}'");

    /// <summary>403 for an endpoint defined in the config file.</summary>
    public static ApiError ReadOnly(string id, string name) =>
        new(403, ApiErrorCodes.ReadOnly, $"endpoint {id} ('{name}') is defined in the config file and is read-only here; change the config file and reload instead");

    /// <summary>503 while the proxy shuts down.</summary>
    public static ApiError Unavailable { get; } = new(503, ApiErrorCodes.Unavailable, "the proxy is shutting down");
}
