namespace Policy.Compiler.Tests.TrafficPolicy.Generation;

/// <summary>A map whose entries keep their order.</summary>
internal sealed class DocMap : DocNode
{
    public List<KeyValuePair<string, DocNode>> Entries { get; } = [];

    public DocMap Add(string key, DocNode value)
    {
        Entries.Add(new(key, value));
        return this;
    }

    public DocNode? this[string key]
    {
        get => Entries.FirstOrDefault(e => e.Key == key).Value;
        set
        {
            var i = Entries.FindIndex(e => e.Key == key);
            if (value is null) { if (i >= 0) Entries.RemoveAt(i); }
            else if (i >= 0) Entries[i] = new(key, value);
            else Entries.Add(new(key, value));
        }
    }

    public void Rename(string key, string newKey)
    {
        var i = Entries.FindIndex(e => e.Key == key);
        Entries[i] = new(newKey, Entries[i].Value);
    }

    public override DocNode Clone()
    {
        var copy = new DocMap();
        foreach (var e in Entries) copy.Add(e.Key, e.Value.Clone());
        return copy;
    }
}
