namespace Policy.Compiler.Tests.TrafficPolicy.Generation;

/// <summary>A node of a generated policy document, written out as YAML or JSON by <see cref="DocWriter"/>.</summary>
internal abstract class DocNode
{
    /// <summary>A deep copy, so that a mutation never changes the original.</summary>
    public abstract DocNode Clone();
}
