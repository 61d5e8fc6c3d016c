using Policy.Compiler.Diagnostics;
using Policy.Compiler.TrafficPolicy.Catalog;
using Policy.Proxy.Endpoints;

namespace Policy.Proxy.Configuration;

/// <summary>One entry of <c>endpoints:</c>.</summary>
public sealed record EndpointConfig(
    string Name,
    EndpointAddress Address,
    EndpointBinding Binding,
    bool PoolingEnabled,
    UpstreamConfig? Upstream,
    AgentTlsConfig? AgentTls,
    PolicySource Policy,
    SourceLocation Location)
{
    /// <summary>Agent endpoints have an upstream; cloud endpoints do not.</summary>
    public EndpointType Type => Upstream is null ? EndpointType.Cloud : EndpointType.Agent;

    /// <summary>A fixed id (endpoints created through the admin API); null for config endpoints, whose id derives from the name.</summary>
    public string? Id { get; init; }
}
