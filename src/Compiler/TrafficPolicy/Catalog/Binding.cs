namespace Policy.Compiler.TrafficPolicy.Catalog;

/// <summary>Where an endpoint is reachable from.</summary>
public enum EndpointBinding
{
    /// <summary>From the internet (the proxy's listener).</summary>
    Public,
    /// <summary>Only through <c>forward-internal</c> (hosts ending in <c>.internal</c>).</summary>
    Internal,
    /// <summary>Inside a Kubernetes cluster (not supported for TLS endpoints).</summary>
    Kubernetes,
}
