using Policy.Runtime.Values;

namespace Policy.Runtime.Evaluation;

/// <summary>An activation backed by a dictionary of values.</summary>
public sealed class MapActivation(IReadOnlyDictionary<string, CelValue> values) : IActivation
{
    /// <summary>An activation with no variables.</summary>
    public static readonly MapActivation Empty = new(new Dictionary<string, CelValue>());

    /// <inheritdoc/>
    public bool TryResolve(string name, out CelValue value) => values.TryGetValue(name, out value!);
}
