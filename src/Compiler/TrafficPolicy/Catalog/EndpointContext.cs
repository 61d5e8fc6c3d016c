namespace Policy.Compiler.TrafficPolicy.Catalog;

/// <summary>The endpoint a policy is checked for: scheme, binding and type.</summary>
public sealed record EndpointContext(Scheme Scheme = Scheme.Tls, EndpointBinding Binding = EndpointBinding.Public, EndpointType Type = EndpointType.Agent)
{
    /// <summary>A public agent TLS endpoint (policy-lint's default).</summary>
    public static readonly EndpointContext Default = new();

    /// <summary>The scheme as written in URLs and messages: <c>tls</c>, <c>https</c>…</summary>
    public string SchemeName => SchemeNames.Name(Scheme);
}
