using System.Text.Json;
using Policy.Compiler.TrafficPolicy.Catalog;
using Policy.Proxy.Events;

namespace Policy.Proxy.Admin.Api;

/// <summary>
/// The endpoint object of the admin API, keys in the contract's order: <c>id, name, url, type,
/// proto, host, port, bindings, pooling_enabled, traffic_policy, upstream_url, description,
/// metadata, created_at, updated_at</c>.
/// </summary>
public static class EndpointJson
{
    /// <summary>Writes one endpoint object.</summary>
    public static void Write(Utf8JsonWriter w, EndpointView e)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("name", e.Name);
        w.WriteString("url", e.Address.Url);
        w.WriteString("type", e.Type == EndpointType.Cloud ? "cloud" : "agent");
        w.WriteString("proto", "tls");
        w.WriteString("host", e.Address.Host);
        w.WriteNumber("port", e.Address.Port);
        w.WriteStartArray("bindings");
        w.WriteStringValue(e.Binding == EndpointBinding.Internal ? "internal" : "public");
        w.WriteEndArray();
        w.WriteBoolean("pooling_enabled", e.PoolingEnabled);
        w.WriteString("traffic_policy", e.TrafficPolicy);
        w.WriteString("upstream_url", e.UpstreamUrl);
        w.WriteString("description", e.Description);
        w.WriteString("metadata", e.Metadata);
        w.WriteString("created_at", EventJson.Rfc3339(e.CreatedAt));
        w.WriteString("updated_at", EventJson.Rfc3339(e.UpdatedAt));
        w.WriteEndObject();
    }

    /// <summary>Writes the list: <c>{"endpoints": [...]}</c>.</summary>
    public static void WriteList(Utf8JsonWriter w, IEnumerable<EndpointView> endpoints)
    {
        w.WriteStartObject();
        w.WriteStartArray("endpoints");
        foreach (var e in endpoints) Write(w, e);
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
