using System.Collections.Concurrent;
using Policy.Compiler.Checking;
using Policy.Compiler.Diagnostics;
using Policy.Runtime.Evaluation;
using Policy.Runtime.Functions;
using Policy.Runtime.Library;
using Policy.Runtime.Library.Ngrok;
using Policy.Runtime.Network;
using Policy.Runtime.Traffic;

namespace Policy.Compiler.TrafficPolicy.Catalog;

/// <summary>
/// The CEL environment of each protocol and phase: CEL with its extensions, ngrok's functions,
/// and the variables of that phase; HTTP-only names on a TLS or TCP endpoint are known but
/// unavailable, so using one gets a precise diagnostic.
/// </summary>
public static class PolicyEnvironments
{
    private static readonly ConcurrentDictionary<(Scheme, string), CelEnvironment> Cache = new();

    /// <summary>The libraries every policy expression can use.</summary>
    public static IReadOnlyList<CelLibrary> Libraries { get; } = [.. CelLibraries.All, NgrokIpLibrary.Instance, NgrokLibrary.Instance];

    /// <summary>The environment of <paramref name="phase"/> on an endpoint of <paramref name="scheme"/>.</summary>
    public static CelEnvironment For(Scheme scheme, string phase) => Cache.GetOrAdd((scheme, phase), Build);

    private static CelEnvironment Build((Scheme Scheme, string Phase) key)
    {
        var env = CelEnvironment.Create(Libraries).WithVariables(TrafficVariables.OnTcpConnect);
        if (SchemeNames.IsHttp(key.Scheme) && key.Phase != Phases.OnTcpConnect)
        {
            env = env.WithFunctions(NgrokHttpLibrary.Instance.Functions).WithVariables(HttpVariables.Request);
            if (key.Phase != Phases.OnHttpRequest) env = env.WithVariables(HttpVariables.Response);
            return env;
        }
        var scheme = SchemeNames.Name(key.Scheme);
        var unavailable = TrafficVariables.HttpOnlyRoots.Select(root => new CelEnvironment.UnavailableName(root,
            DiagnosticCatalog.HttpOnlyReference,
            $"'{root}.*' variables exist only on http and https endpoints (in {(root == "res" ? "on_http_response" : "on_http_request and on_http_response")}); this endpoint is {scheme}, whose on_tcp_connect sees the connection, not HTTP {(root == "req" ? "requests" : "responses")}"));
        var functions = NgrokHttpLibrary.FunctionNames.Select(name => new CelEnvironment.UnavailableName(name,
            DiagnosticCatalog.HttpOnlyReference,
            $"{name}() reads HTTP {(name.Contains("Res") ? "responses" : "requests")} and exists only on http and https endpoints; this endpoint is {scheme}"));
        return env.WithUnavailable(unavailable.Concat(functions));
    }

    /// <summary>Declares <c>vars.name</c> with a type (set by set-vars earlier in the phase).</summary>
    public static VariableDecl Var(string name, Runtime.Types.CelType type) =>
        VariableDecl.Named("vars." + name, type, "A variable set by set-vars earlier in this phase.");
}
