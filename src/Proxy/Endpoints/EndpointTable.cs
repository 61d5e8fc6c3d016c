using System.Globalization;
using Policy.Compiler.TrafficPolicy.Binding;
using Policy.Compiler.TrafficPolicy.Catalog;

namespace Policy.Proxy.Endpoints;

/// <summary>
/// Where connections go: public endpoints by SNI (exact name, then the most specific wildcard), and
/// internal endpoints by <c>forward-internal</c> URL only. An internal endpoint is never reachable
/// from the listener, whatever name a client sends.
/// </summary>
public sealed class EndpointTable
{
    private readonly HostTable<EndpointPool> _public = new();
    private readonly Dictionary<int, HostTable<EndpointPool>> _internal = [];
    private readonly List<Endpoint> _all = [];

    /// <summary>Builds the table; endpoints with the same URL and binding form a pool.</summary>
    public EndpointTable(IEnumerable<Endpoint> endpoints)
    {
        foreach (var group in endpoints.GroupBy(e => (e.Address.Url, e.Config.Binding)))
        {
            var pool = new EndpointPool([.. group]);
            var first = pool.Members[0];
            _all.AddRange(pool.Members);
            if (group.Key.Binding == EndpointBinding.Internal)
            {
                if (!_internal.TryGetValue(first.Address.Port, out var byPort)) _internal[first.Address.Port] = byPort = new HostTable<EndpointPool>();
                byPort.TryAdd(first.Address.Host, pool);
            }
            else
            {
                _public.TryAdd(first.Address.Host, pool);
            }
        }
    }

    /// <summary>Every endpoint.</summary>
    public IReadOnlyList<Endpoint> All => _all;

    /// <summary>The public pool for a (normalised) server name, or null.</summary>
    public EndpointPool? RoutePublic(string serverName) => _public.TryMatch(serverName, out var pool) ? pool : null;

    /// <summary>
    /// The internal pool a <c>forward-internal</c> URL names (<c>tls://name.internal[:port]</c>,
    /// port 443 when left out); null and an error code and message when there is none.
    /// </summary>
    public EndpointPool? ResolveInternal(string url, out (string Code, string Message)? error)
    {
        if (InternalUrl.Validate(url, Scheme.Tls) is { } invalid)
        {
            error = ("ERR_NGROK_2226", invalid);
            return null;
        }
        var rest = url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..].ToLowerInvariant();
        var port = InternalUrl.DefaultPort(Scheme.Tls);
        var colon = rest.LastIndexOf(':');
        if (colon >= 0)
        {
            port = int.Parse(rest.AsSpan(colon + 1), CultureInfo.InvariantCulture);
            rest = rest[..colon];
        }
        if (_internal.TryGetValue(port, out var byPort) && byPort.TryMatch(rest, out var pool))
        {
            error = null;
            return pool;
        }
        error = ("ERR_NGROK_3200", $"no internal endpoint is online at tls://{rest}:{port}");
        return null;
    }
}
