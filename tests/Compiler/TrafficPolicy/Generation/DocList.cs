namespace Policy.Compiler.Tests.TrafficPolicy.Generation;

/// <summary>A list.</summary>
internal sealed class DocList(IEnumerable<DocNode>? items = null) : DocNode
{
    public List<DocNode> Items { get; } = [.. items ?? []];

    public override DocNode Clone() => new DocList(Items.Select(i => i.Clone()));
}
