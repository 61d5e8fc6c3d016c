namespace Policy.Proxy.Configuration;

/// <summary>A proxy configuration file, read and checked (policies not yet compiled).</summary>
public sealed record ProxyConfig
{
    /// <summary>The file it was read from; null for a configuration built in code (the demo).</summary>
    public string? Path { get; init; }
    /// <summary>The folder relative paths are resolved against.</summary>
    public string BaseDirectory { get; init; } = ".";
    /// <summary>The public TLS listener's addresses.</summary>
    public IReadOnlyList<ListenAddress> Listen { get; init; } = [];
    /// <summary><c>conn.server_region</c>.</summary>
    public string ServerRegion { get; init; } = "local";
    /// <summary>The admin API settings, if any.</summary>
    public AdminConfig? Admin { get; init; }
    /// <summary>The endpoint store (for the admin API), if any.</summary>
    public string? Store { get; init; }
    /// <summary>Where events go: a path, <c>-</c> for stdout, or null for nowhere.</summary>
    public string? Events { get; init; }
    /// <summary>Certificates for terminating TLS without an inline certificate.</summary>
    public IReadOnlyList<CertificateFileConfig> Certificates { get; init; } = [];
    /// <summary>Timeouts and sizes.</summary>
    public ProxyLimits Limits { get; init; } = ProxyLimits.Default;
    /// <summary>The endpoints.</summary>
    public IReadOnlyList<EndpointConfig> Endpoints { get; init; } = [];
}
