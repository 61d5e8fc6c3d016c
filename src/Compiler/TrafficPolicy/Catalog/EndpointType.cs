namespace Policy.Compiler.TrafficPolicy.Catalog;

/// <summary>Whether an endpoint has an upstream of its own.</summary>
public enum EndpointType
{
    /// <summary>Has an upstream: traffic no action handles is forwarded to it.</summary>
    Agent,
    /// <summary>Has no upstream: the policy must always end in a terminating action.</summary>
    Cloud,
}
