using Policy.Compiler.TrafficPolicy.Catalog;
using Policy.Proxy.Admin.Store;
using Policy.Proxy.Endpoints;
using Policy.Proxy.Hosting;

namespace Policy.Proxy.Admin.Api;

/// <summary>An endpoint as the admin API shows it: one created through the API, or one of the config file (read-only).</summary>
public sealed record EndpointView(
    string Id,
    string Name,
    EndpointAddress Address,
    EndpointType Type,
    EndpointBinding Binding,
    bool PoolingEnabled,
    string TrafficPolicy,
    string UpstreamUrl,
    string Description,
    string Metadata,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    bool ReadOnly)
{
    /// <summary>An endpoint created through the API.</summary>
    public static EndpointView Of(StoredEndpoint e) =>
        new(e.Id, e.Id, e.Address, EndpointType.Cloud, e.Binding, e.PoolingEnabled, e.TrafficPolicy, "", e.Description, e.Metadata, e.CreatedAt, e.UpdatedAt, false);

    /// <summary>
    /// An endpoint of the config file as it serves (its policy is the one compiled, even when its
    /// file has changed since); its times are when the config was read.
    /// </summary>
    public static EndpointView Of(Endpoint served, DateTimeOffset loadedAt)
    {
        var e = served.Config;
        var policy = e.Policy.Inline is { } inline ? PolicyNodeJson.Of(inline) : served.PolicyFileText;
        return new(served.Id, e.Name, e.Address, e.Type, e.Binding, e.PoolingEnabled, policy, e.Upstream?.Url ?? "", "", "", loadedAt, loadedAt, true);
    }

    /// <summary>Every endpoint: the config file's (in order), then the API's (in the order they were created).</summary>
    public static List<EndpointView> All(ProxyServer server)
    {
        var stored = server.StoredEndpoints;
        var snapshot = server.Current;
        var served = snapshot.Endpoints.All.ToDictionary(e => (object)e.Config, ReferenceEqualityComparer.Instance);
        return [.. snapshot.Config.Endpoints.Select(e => Of(served[e], snapshot.ConfigLoadedAt)), .. stored.Select(Of)];
    }

    /// <summary>The endpoint with <paramref name="id"/>, or null.</summary>
    public static EndpointView? Find(ProxyServer server, string id)
    {
        foreach (var s in server.StoredEndpoints)
        {
            if (s.Id == id) return Of(s);
        }
        var snapshot = server.Current;
        return snapshot.Endpoints.All.FirstOrDefault(e => e.Config.Id is null && e.Id == id) is { } served ? Of(served, snapshot.ConfigLoadedAt) : null;
    }
}
