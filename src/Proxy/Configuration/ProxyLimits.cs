namespace Policy.Proxy.Configuration;

/// <summary>The <c>limits:</c> section: timeouts and sizes, with ngrok's values as defaults.</summary>
public sealed record ProxyLimits
{
    /// <summary>The defaults.</summary>
    public static ProxyLimits Default { get; } = new();

    /// <summary>From accept until the ClientHello is complete (3 s).</summary>
    public TimeSpan ClientHelloTimeout { get; init; } = TimeSpan.FromSeconds(3);
    /// <summary>No bytes to or from the client for this long closes the connection (5 min).</summary>
    public TimeSpan ClientIdleTimeout { get; init; } = TimeSpan.FromMinutes(5);
    /// <summary>No bytes to or from the upstream for this long closes the connection (5 min).</summary>
    public TimeSpan ServerIdleTimeout { get; init; } = TimeSpan.FromMinutes(5);
    /// <summary>A TLS handshake this proxy takes part in (termination, re-encryption) must finish within this (60 s).</summary>
    public TimeSpan HandshakeTimeout { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>Dialling an upstream (10 s).</summary>
    public TimeSpan UpstreamConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);
    /// <summary>The most bytes buffered while reading a ClientHello (16 KiB).</summary>
    public int MaxClientHelloBytes { get; init; } = 16384;
    /// <summary>Connections open at once; more are closed on accept (100,000).</summary>
    public int MaxConnections { get; init; } = 100_000;
    /// <summary>On SIGTERM, how long open connections may finish before they are closed (30 s; beyond the contract).</summary>
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
