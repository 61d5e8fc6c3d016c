using Policy.Compiler.TrafficPolicy.Catalog;
using Policy.Proxy.Configuration;
using Policy.Proxy.Tls;
using Policy.Runtime.Policies;
using Policy.Runtime.Traffic;

namespace Policy.Proxy.Endpoints;

/// <summary>An endpoint ready to serve: its configuration, its compiled policy and what its connections see as <c>endpoint.*</c>.</summary>
public sealed class Endpoint
{
    /// <summary>Creates an endpoint.</summary>
    public Endpoint(EndpointConfig config, CompiledPolicy policy, TlsServerSettings? agentTls)
    {
        Config = config;
        Policy = policy;
        AgentTls = agentTls;
        Id = config.Id ?? EndpointIds.ForName(config.Name);
        Info = new EndpointInfo(Id, config.Name, config.Address.Url, config.Address.Host, config.Address.Port, "tls");
    }

    /// <summary>
    /// The text of a <c>traffic_policy_file</c> as it was read when this endpoint was built ("" for
    /// other sources): the admin API shows what serves, which the file may no longer be.
    /// </summary>
    public string PolicyFileText { get; init; } = "";

    /// <summary>The configuration it came from.</summary>
    public EndpointConfig Config { get; }

    /// <summary>The name.</summary>
    public string Name => Config.Name;

    /// <summary>The id (<c>ep_…</c>).</summary>
    public string Id { get; }

    /// <summary>The URL.</summary>
    public EndpointAddress Address => Config.Address;

    /// <summary>Agent (has an upstream) or cloud.</summary>
    public EndpointType Type => Config.Type;

    /// <summary>The upstream of an agent endpoint.</summary>
    public UpstreamConfig? Upstream => Config.Upstream;

    /// <summary>The compiled <c>on_tcp_connect</c> policy (empty when the endpoint has none).</summary>
    public CompiledPolicy Policy { get; }

    /// <summary>Settings of <c>agent_tls_termination</c>, when the endpoint terminates TLS after its policy.</summary>
    public TlsServerSettings? AgentTls { get; }

    /// <summary>The <c>endpoint.*</c> variables.</summary>
    public EndpointInfo Info { get; }
}
