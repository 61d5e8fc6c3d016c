using Policy.Compiler.Diagnostics;

namespace Policy.Compiler.TrafficPolicy.Syntax;

/// <summary>
/// A node of a policy document as written (YAML or JSON), before any meaning is given to it: a
/// map, a list or a scalar, each with its location in the file.
/// </summary>
public abstract record PolicyNode(SourceLocation Location)
{
    /// <summary>A short name of the node's shape for messages: "a map", "a list", "a string"…</summary>
    public abstract string Describe();
}

/// <summary>A mapping; entries keep their order. Duplicate keys are reported by the reader and only the first is kept.</summary>
public sealed record PolicyMap(SourceLocation Location, IReadOnlyList<PolicyEntry> Entries) : PolicyNode(Location)
{
    /// <summary>The value of a key, if present.</summary>
    public PolicyEntry? Find(string key) => Entries.FirstOrDefault(e => e.Key.Value == key);

    /// <inheritdoc/>
    public override string Describe() => "a map";
}

/// <summary>One key and its value.</summary>
public sealed record PolicyEntry(PolicyScalar Key, PolicyNode Value);

/// <summary>A sequence.</summary>
public sealed record PolicyList(SourceLocation Location, IReadOnlyList<PolicyNode> Items) : PolicyNode(Location)
{
    /// <inheritdoc/>
    public override string Describe() => "a list";
}
