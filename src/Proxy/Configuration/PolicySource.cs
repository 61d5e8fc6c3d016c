using Policy.Compiler.Diagnostics;
using Policy.Compiler.TrafficPolicy.Syntax;

namespace Policy.Proxy.Configuration;

/// <summary>Where an endpoint's policy comes from: written inline, a file, or none.</summary>
public sealed record PolicySource(PolicyNode? Inline, string? FilePath, SourceLocation Location)
{
    /// <summary>No policy: every connection gets the endpoint's default handling.</summary>
    public static PolicySource None { get; } = new(null, null, default);
}
