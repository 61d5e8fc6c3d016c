namespace Policy.Compiler.TrafficPolicy.Catalog;

/// <summary>The spelling of schemes, bindings and endpoint types.</summary>
public static class SchemeNames
{
    /// <summary><c>tls</c>, <c>tcp</c>, <c>http</c>, <c>https</c>.</summary>
    public static string Name(Scheme s) => s switch
    {
        Scheme.Tls => "tls",
        Scheme.Tcp => "tcp",
        Scheme.Http => "http",
        _ => "https",
    };

    /// <summary>Parses a scheme name (case-insensitive).</summary>
    public static Scheme? ParseScheme(string text) => text.ToLowerInvariant() switch
    {
        "tls" => Scheme.Tls,
        "tcp" => Scheme.Tcp,
        "http" => Scheme.Http,
        "https" => Scheme.Https,
        _ => null,
    };

    /// <summary>Parses a binding name.</summary>
    public static EndpointBinding? ParseBinding(string text) => text.ToLowerInvariant() switch
    {
        "public" => EndpointBinding.Public,
        "internal" => EndpointBinding.Internal,
        "kubernetes" => EndpointBinding.Kubernetes,
        _ => null,
    };

    /// <summary>Parses an endpoint type.</summary>
    public static EndpointType? ParseType(string text) => text.ToLowerInvariant() switch
    {
        "agent" => EndpointType.Agent,
        "cloud" => EndpointType.Cloud,
        _ => null,
    };

    /// <summary>True for the schemes whose traffic is HTTP.</summary>
    public static bool IsHttp(Scheme s) => s is Scheme.Http or Scheme.Https;
}
