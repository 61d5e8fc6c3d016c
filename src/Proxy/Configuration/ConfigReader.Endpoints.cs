using Policy.Compiler.Diagnostics;
using Policy.Compiler.TrafficPolicy.Catalog;
using Policy.Compiler.TrafficPolicy.Syntax;
using Policy.Proxy.Endpoints;

namespace Policy.Proxy.Configuration;

public sealed partial class ConfigReader
{
    private static readonly string[] EndpointKeys =
    [
        "name", "url", "bindings", "pooling_enabled", "upstream", "agent_tls_termination",
        "traffic_policy", "traffic_policy_file", "description", "metadata",
    ];

    private List<EndpointConfig> ReadEndpoints(PolicyEntry? entry)
    {
        var result = new List<EndpointConfig>();
        if (entry is null) return result;
        if (entry.Value is not PolicyList list)
        {
            Report(entry.Value.Location, $"endpoints must be a list, not {entry.Value.Describe()}");
            return result;
        }
        foreach (var item in list.Items)
        {
            if (item is not PolicyMap map) Report(item.Location, $"each endpoint must be a map, not {item.Describe()}");
            else if (ReadEndpoint(map) is { } endpoint) result.Add(endpoint);
        }
        CheckConflicts(result);
        return result;
    }

    private EndpointConfig? ReadEndpoint(PolicyMap map)
    {
        CheckKeys(map, EndpointKeys, "an endpoint");
        var name = String(map.Find("name"));
        if (map.Find("name") is null) Report(map.Location, "an endpoint needs a name");
        var label = name ?? $"at line {map.Location.Line}";
        EndpointAddress? address = null;
        if (map.Find("url") is not { } urlEntry) Report(map.Location, $"endpoint '{label}' needs a url, e.g. tls://app.example.com");
        else if (String(urlEntry) is { } url)
        {
            if (!EndpointAddress.TryParse(url, out address, out var error)) Report(urlEntry.Value.Location, error);
        }
        var binding = ReadBinding(map, address, label);
        var upstream = ReadUpstream(map.Find("upstream"));
        var agentTls = ReadAgentTls(map.Find("agent_tls_termination"));
        if (agentTls is not null && map.Find("upstream") is null)
            Report(map.Find("agent_tls_termination")!.Key.Location, $"endpoint '{label}': agent_tls_termination needs an upstream (it terminates TLS before forwarding to it)");
        var policy = ReadPolicySource(map, label, upstream is null);
        var pooling = Bool(map.Find("pooling_enabled")) ?? false;
        if (name is null || address is null || binding is null) return null;
        return new EndpointConfig(name, address, binding.Value, pooling, upstream, agentTls, policy, map.Location);
    }

    private EndpointBinding? ReadBinding(PolicyMap map, EndpointAddress? address, string label)
    {
        var implied = address?.IsInternal == true ? EndpointBinding.Internal : EndpointBinding.Public;
        if (map.Find("bindings") is not { } entry) return implied;
        var items = ScalarList(entry);
        if (items.Count != 1)
        {
            Report(entry.Value.Location, $"endpoint '{label}': bindings takes exactly one value (public or internal)");
            return null;
        }
        var binding = SchemeNames.ParseBinding(items[0].Value);
        if (binding is null or EndpointBinding.Kubernetes)
        {
            Report(items[0].Location, $"endpoint '{label}': binding '{items[0].Value}' is not supported for tls endpoints; use public or internal");
            return null;
        }
        if (address is not null && binding != implied)
        {
            Report(items[0].Location, binding == EndpointBinding.Internal
                ? $"endpoint '{label}': an internal endpoint's host must end in '.internal'"
                : $"endpoint '{label}': a '.internal' host cannot be public");
            return null;
        }
        return binding;
    }

    private UpstreamConfig? ReadUpstream(PolicyEntry? entry)
    {
        if (entry is null || AsMap(entry, "upstream") is not { } map) return null;
        CheckKeys(map, ["url", "proxy_protocol", "protocol"], "upstream");
        if (map.Find("url") is not { } urlEntry)
        {
            Report(map.Location, "upstream needs a url: host:port, or tls://host:port to re-encrypt");
            return null;
        }
        if (String(urlEntry) is not { } url) return null;
        var tls = false;
        var rest = url.Trim();
        var sep = rest.IndexOf("://", StringComparison.Ordinal);
        if (sep >= 0)
        {
            var scheme = rest[..sep].ToLowerInvariant();
            if (scheme is not ("tls" or "tcp"))
            {
                Report(urlEntry.Value.Location, $"upstream.url scheme '{scheme}' is not supported; use host:port or tls://host:port");
                return null;
            }
            tls = scheme == "tls";
            rest = rest[(sep + 3)..];
        }
        if (!HostPort.TryParse(rest, tls ? 443 : 0, out var address, out var error))
        {
            Report(urlEntry.Value.Location, $"upstream.url: {error}");
            return null;
        }
        if (address.Value.Port == 0)
        {
            Report(urlEntry.Value.Location, "upstream.url: the port must not be 0");
            return null;
        }
        var version = 0;
        if (map.Find("proxy_protocol") is { } pp)
        {
            var text = pp.Value is PolicyScalar { Kind: ScalarKind.String or ScalarKind.Integer } s ? s.Value : null;
            version = text switch { "1" => 1, "2" => 2, "" => 0, _ => -1 };
            if (version < 0)
            {
                Report(pp.Value.Location, "upstream.proxy_protocol must be \"1\" or \"2\"");
                version = 0;
            }
        }
        return new UpstreamConfig(url, address.Value, tls, version, map.Location);
    }

    private AgentTlsConfig? ReadAgentTls(PolicyEntry? entry)
    {
        if (entry is null || AsMap(entry, "agent_tls_termination") is not { } map) return null;
        CheckKeys(map, ["server_certificate", "server_private_key", "mutual_tls_certificate_authorities"], "agent_tls_termination");
        var cert = Pem(map, "server_certificate", "agent_tls_termination");
        var key = Pem(map, "server_private_key", "agent_tls_termination");
        var cas = ScalarList(map.Find("mutual_tls_certificate_authorities"))
            .Select(s => EnvironmentExpander.Expand(s.Value, _environment, out _) is { } v ? new PemSource(v, _baseDirectory, s.Location) : null)
            .OfType<PemSource>()
            .ToList();
        return cert is null || key is null ? null : new AgentTlsConfig(cert, key, cas, map.Location);
    }

    private PolicySource ReadPolicySource(PolicyMap map, string label, bool cloud)
    {
        var inline = map.Find("traffic_policy");
        var file = map.Find("traffic_policy_file");
        if (inline is not null && file is not null)
        {
            Report(file.Key.Location, $"endpoint '{label}': give traffic_policy or traffic_policy_file, not both");
            return PolicySource.None;
        }
        if (inline is not null)
        {
            // An empty traffic_policy: key reads as null; it means "no rules".
            return inline.Value is PolicyScalar { Kind: ScalarKind.Null } ? PolicySource.None : new PolicySource(inline.Value, null, inline.Value.Location);
        }
        if (file is not null)
        {
            return String(file) is { } path ? new PolicySource(null, Path.Combine(_baseDirectory, path), file.Value.Location) : PolicySource.None;
        }
        if (cloud)
            Report(map.Location, $"endpoint '{label}' has no upstream (a cloud endpoint), so it needs a traffic policy that always ends in a terminating action");
        return PolicySource.None;
    }

    private void CheckConflicts(List<EndpointConfig> endpoints)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in endpoints)
        {
            if (!names.Add(e.Name))
                _diagnostics.Report(ProxyDiagnostics.EndpointConflict, e.Location, $"endpoint name '{e.Name}' is used more than once");
        }
        foreach (var group in endpoints.GroupBy(e => (e.Address.Url, e.Binding)).Where(g => g.Count() > 1))
        {
            if (group.All(e => e.PoolingEnabled)) continue;
            var first = group.First();
            foreach (var e in group.Skip(1))
            {
                _diagnostics.Report(ProxyDiagnostics.EndpointConflict, e.Location,
                    $"endpoint '{e.Name}' has the same url as '{first.Name}' ({e.Address.Url}); endpoints share a url only when every one of them sets pooling_enabled: true");
            }
        }
    }
}
