using Policy.Compiler.Diagnostics;
using Policy.Compiler.TrafficPolicy.Catalog;
using Policy.Compiler.TrafficPolicy.Syntax;

namespace Policy.Compiler.TrafficPolicy;

/// <summary>
/// Finds the policies in a proxy configuration file (a document with <c>endpoints:</c>) and the
/// context each one is checked in: the scheme and binding from the endpoint's URL and bindings,
/// agent when it has an upstream and cloud when it has none.
/// </summary>
public static class EndpointPolicies
{
    /// <summary>One endpoint's policy: inline (<see cref="Inline"/>) or in a file (<see cref="File"/>).</summary>
    public sealed record Entry(string Name, EndpointContext Context, PolicyNode? Inline, PolicyScalar? File, SourceLocation Location);

    /// <summary>True when a document is a proxy configuration rather than a policy.</summary>
    public static bool IsProxyConfig(PolicyNode root) => root is PolicyMap map && map.Find("endpoints") is not null;

    /// <summary>The endpoints of a proxy configuration and their policies; problems with the endpoint entries themselves are reported.</summary>
    public static IReadOnlyList<Entry> Find(PolicyNode root, DiagnosticReporter diagnostics)
    {
        var result = new List<Entry>();
        if (root is not PolicyMap map || map.Find("endpoints")?.Value is not PolicyList list) return result;
        foreach (var item in list.Items)
        {
            if (item is not PolicyMap endpoint) continue;
            var name = (endpoint.Find("name")?.Value as PolicyScalar)?.Value ?? $"line {endpoint.Location.Line}";
            var url = (endpoint.Find("url")?.Value as PolicyScalar)?.Value ?? "";
            var scheme = Scheme.Tls;
            var sep = url.IndexOf("://", StringComparison.Ordinal);
            if (sep > 0)
            {
                if (SchemeNames.ParseScheme(url[..sep]) is { } s) scheme = s;
                else diagnostics.Report(DiagnosticCatalog.UnknownProtocol, endpoint.Find("url")!.Value.Location,
                    $"failed to validate traffic policy for unknown protocol '{url[..sep]}' (endpoint '{name}')");
            }
            var host = sep > 0 ? url[(sep + 3)..].Split(':', '/')[0] : url;
            var binding = host.EndsWith(".internal", StringComparison.OrdinalIgnoreCase) ? EndpointBinding.Internal : EndpointBinding.Public;
            if (endpoint.Find("bindings")?.Value is PolicyList { Items: [PolicyScalar first, ..] } && SchemeNames.ParseBinding(first.Value) is { } b)
                binding = b;
            var type = endpoint.Find("upstream") is null ? EndpointType.Cloud : EndpointType.Agent;
            var context = new EndpointContext(scheme, binding, type);
            var inline = endpoint.Find("traffic_policy")?.Value;
            var file = endpoint.Find("traffic_policy_file")?.Value as PolicyScalar;
            result.Add(new Entry(name, context, inline, file, endpoint.Location));
        }
        return result;
    }
}
