using Policy.Compiler.TrafficPolicy.Catalog;

namespace Policy.Lint;

/// <summary>What policy-lint was asked to do.</summary>
internal sealed record LintOptions
{
    /// <summary>The endpoint context standalone policies are checked in.</summary>
    public EndpointContext Context { get; init; } = EndpointContext.Default;

    /// <summary>text, json, sarif or github.</summary>
    public string Format { get; init; } = "text";

    /// <summary>Whether warnings make the exit status 1.</summary>
    public bool WarningsAsErrors { get; init; }

    /// <summary>Files, folders, or "-" for standard input.</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];
}
