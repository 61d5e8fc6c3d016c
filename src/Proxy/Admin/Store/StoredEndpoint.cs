using Policy.Compiler.Diagnostics;
using Policy.Compiler.TrafficPolicy.Catalog;
using Policy.Proxy.Configuration;
using Policy.Proxy.Endpoints;

namespace Policy.Proxy.Admin.Store;

/// <summary>
/// An endpoint created through the admin API, as it is stored: a cloud endpoint (no upstream), so
/// its policy must always end in a terminating action. Immutable; an update makes a new one.
/// </summary>
public sealed class StoredEndpoint
{
    /// <summary>Creates a stored endpoint.</summary>
    public StoredEndpoint(string id, EndpointAddress address, EndpointBinding binding, bool poolingEnabled, string trafficPolicy,
        string description, string metadata, DateTimeOffset createdAt, DateTimeOffset updatedAt)
    {
        Id = id;
        Address = address;
        Binding = binding;
        PoolingEnabled = poolingEnabled;
        TrafficPolicy = trafficPolicy;
        Description = description;
        Metadata = metadata;
        CreatedAt = createdAt;
        UpdatedAt = updatedAt;
        // The name is the id: API endpoints have no name of their own, and events and logs need one that is unique.
        Config = new EndpointConfig(id, address, binding, poolingEnabled, null, null, PolicySource.FromText(trafficPolicy, PolicyName(id)), SourceLocation.File(PolicyName(id)))
        {
            Id = id,
        };
    }

    /// <summary>The id (<c>ep_…</c>).</summary>
    public string Id { get; }

    /// <summary>The URL.</summary>
    public EndpointAddress Address { get; }

    /// <summary>Public or internal.</summary>
    public EndpointBinding Binding { get; }

    /// <summary>Whether it may share its URL with other pooling endpoints.</summary>
    public bool PoolingEnabled { get; }

    /// <summary>The policy text (YAML or JSON).</summary>
    public string TrafficPolicy { get; }

    /// <summary>A free-form description.</summary>
    public string Description { get; }

    /// <summary>Free-form metadata.</summary>
    public string Metadata { get; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>When it was last changed.</summary>
    public DateTimeOffset UpdatedAt { get; }

    /// <summary>The endpoint as the snapshot builder sees it.</summary>
    public EndpointConfig Config { get; }

    /// <summary>The name diagnostics of an endpoint's stored policy give as their file.</summary>
    public static string PolicyName(string id) => id + ".traffic_policy";

    /// <summary>A copy with the given fields changed (null: unchanged) and <see cref="UpdatedAt"/> set to <paramref name="now"/>.</summary>
    public StoredEndpoint With(string? trafficPolicy, string? description, string? metadata, DateTimeOffset now) =>
        new(Id, Address, Binding, PoolingEnabled, trafficPolicy ?? TrafficPolicy, description ?? Description, metadata ?? Metadata, CreatedAt, now);
}
