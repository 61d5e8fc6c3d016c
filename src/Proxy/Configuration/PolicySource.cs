using Policy.Compiler.Diagnostics;
using Policy.Compiler.TrafficPolicy.Syntax;

namespace Policy.Proxy.Configuration;

/// <summary>Where an endpoint's policy comes from: written inline, a file, text held in memory, or none.</summary>
public sealed record PolicySource(PolicyNode? Inline, string? FilePath, SourceLocation Location)
{
    /// <summary>No policy: every connection gets the endpoint's default handling.</summary>
    public static PolicySource None { get; } = new(null, null, default);

    /// <summary>Policy text held in memory (an endpoint created through the admin API); null otherwise.</summary>
    public string? Text { get; init; }

    /// <summary>The name diagnostics of <see cref="Text"/> give as their file.</summary>
    public string? TextName { get; init; }

    /// <summary>No policy at all.</summary>
    public bool IsNone => Inline is null && FilePath is null && Text is null;

    /// <summary>A policy given as text, named <paramref name="name"/> in diagnostics.</summary>
    public static PolicySource FromText(string text, string name) => new(null, null, SourceLocation.File(name)) { Text = text, TextName = name };
}
