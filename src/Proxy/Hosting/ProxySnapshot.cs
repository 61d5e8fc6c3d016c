using Policy.Proxy.ClientHello;
using Policy.Proxy.Configuration;
using Policy.Proxy.Endpoints;
using Policy.Proxy.Tls;
using Policy.Runtime.Policies;

namespace Policy.Proxy.Hosting;

/// <summary>
/// One loaded configuration, immutable: endpoints with compiled policies, certificates and limits.
/// A connection keeps the snapshot it was accepted under, so a reload never changes an open one.
/// </summary>
public sealed class ProxySnapshot(ProxyConfig config, EndpointTable endpoints, CertificateStore certificates,
    IReadOnlyDictionary<string, CompiledPolicy> policies, int generation)
{
    /// <summary>The configuration.</summary>
    public ProxyConfig Config { get; } = config;

    /// <summary>The endpoints.</summary>
    public EndpointTable Endpoints { get; } = endpoints;

    /// <summary>The <c>certificates:</c>.</summary>
    public CertificateStore Certificates { get; } = certificates;

    /// <summary>The compiled policies by hash (the next reload reuses the unchanged ones).</summary>
    public IReadOnlyDictionary<string, CompiledPolicy> Policies { get; } = policies;

    /// <summary>1 for the first load, then one more per successful reload or change through the admin API.</summary>
    public int Generation { get; } = generation;

    /// <summary>When the configuration file was read (the admin API's <c>created_at</c> of the config's endpoints).</summary>
    public DateTimeOffset ConfigLoadedAt { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>The limits.</summary>
    public ProxyLimits Limits => Config.Limits;

    /// <summary>The ClientHello limits.</summary>
    public ClientHelloLimits HelloLimits { get; } = new() { Timeout = config.Limits.ClientHelloTimeout, MaxBytes = config.Limits.MaxClientHelloBytes };
}
