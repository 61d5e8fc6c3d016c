using System.Collections.Immutable;
using Policy.Compiler.Diagnostics;
using Policy.Compiler.TrafficPolicy;
using Policy.Compiler.TrafficPolicy.Catalog;
using Policy.Proxy.Configuration;
using Policy.Proxy.Policies;
using Policy.Runtime.Policies;

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
        if (string.IsNullOrWhiteSpace(text)) return EmptyPolicy();
        var compilation = PolicyCompiler.Compile(text, DiagnosticJson.PolicyFile, context);
        diagnostics = compilation.Diagnostics;
        return compilation.Success ? null : Invalid(diagnostics);
    }

    /// <summary>
    /// Checks the policy of an API endpoint and compiles it to the runnable policy the endpoint will
    /// serve, through <paramref name="factory"/> and keyed as the snapshot builder keys policies, so
    /// that the build of the next snapshot takes it from <paramref name="compiled"/> instead of
    /// compiling it again. A policy the serving configuration already runs (<paramref name="serving"/>)
    /// is taken from it. Meant to run before the configuration lock is taken: the compile is the
    /// slow part of a change, and other changes need not wait for it. Errors as <see cref="Run"/>.
    /// </summary>
    public static ApiError? Compile(string text, EndpointBinding binding, IPolicyFactory factory, IReadOnlyDictionary<string, CompiledPolicy>? serving,
        out IReadOnlyDictionary<string, CompiledPolicy> compiled)
    {
        compiled = ImmutableDictionary<string, CompiledPolicy>.Empty;
        if (string.IsNullOrWhiteSpace(text)) return EmptyPolicy();
        var loader = new PolicyLoader(factory, serving);
        var diagnostics = new DiagnosticReporter();
        if (loader.Load(PolicySource.FromText(text, DiagnosticJson.PolicyFile), CloudContext(binding), diagnostics, out _) is null)
            return Invalid(diagnostics.ToImmutable());
        compiled = loader.Compiled;
        return null;
    }

    /// <summary>The context a policy of an API endpoint is checked in: a cloud TLS endpoint with the binding.</summary>
    public static EndpointContext CloudContext(EndpointBinding binding) => new(Scheme.Tls, binding, EndpointType.Cloud);

    private static ApiError EmptyPolicy() =>
        ApiError.BadRequest(ApiErrorCodes.EmptyPolicy, "traffic_policy must not be empty: a cloud endpoint needs a policy that always ends in a terminating action");

    private static ApiError Invalid(ImmutableArray<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.IsError).ToList();
        var first = errors.FirstOrDefault();
        var summary = first is null ? "it cannot be compiled" : $"{first.Code} at line {first.Location.Line}, column {first.Location.Column}: {first.Message}";
        return ApiError.BadRequest(ApiErrorCodes.InvalidPolicy, $"traffic_policy is invalid ({errors.Count} error(s)); {summary}") with { Diagnostics = diagnostics };
    }
}
