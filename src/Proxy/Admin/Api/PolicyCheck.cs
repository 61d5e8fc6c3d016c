using System.Collections.Immutable;
using Policy.Compiler.Diagnostics;
using Policy.Compiler.TrafficPolicy;
using Policy.Compiler.TrafficPolicy.Catalog;

namespace Policy.Proxy.Admin.Api;

/// <summary>Checks policy text with the compiler policy-lint uses, for the endpoint it is meant for.</summary>
public static class PolicyCheck
{
    /// <summary>
    /// Compiles <paramref name="text"/> for <paramref name="context"/>; an error (400 with the
    /// diagnostics) when it is empty or invalid, otherwise null and any warnings.
    /// </summary>
    public static ApiError? Run(string text, EndpointContext context, out ImmutableArray<Diagnostic> diagnostics)
    {
        diagnostics = [];
        if (string.IsNullOrWhiteSpace(text))
            return ApiError.BadRequest(ApiErrorCodes.EmptyPolicy, "traffic_policy must not be empty: a cloud endpoint needs a policy that always ends in a terminating action");
        var compilation = PolicyCompiler.Compile(text, DiagnosticJson.PolicyFile, context);
        diagnostics = compilation.Diagnostics;
        if (compilation.Success) return null;
        var errors = diagnostics.Where(d => d.IsError).ToList();
        var first = errors.FirstOrDefault();
        var summary = first is null ? "it cannot be compiled" : $"{first.Code} at line {first.Location.Line}, column {first.Location.Column}: {first.Message}";
        return ApiError.BadRequest(ApiErrorCodes.InvalidPolicy, $"traffic_policy is invalid ({errors.Count} error(s)); {summary}") with { Diagnostics = diagnostics };
    }

    /// <summary>The context a policy of an API endpoint is checked in: a cloud TLS endpoint with the binding.</summary>
    public static EndpointContext CloudContext(EndpointBinding binding) => new(Scheme.Tls, binding, EndpointType.Cloud);
}
