using Policy.Runtime.Evaluation;
using Policy.Runtime.Values;

namespace Policy.Compiler.Interpreter;

/// <summary>One evaluation's state: the activation and the slots of comprehension variables.</summary>
public sealed class Frame(IActivation activation, int slotCount)
{
    /// <summary>The variables supplied by the caller.</summary>
    public IActivation Activation { get; } = activation;

    /// <summary>Comprehension variables and accumulators, by slot assigned at planning time.</summary>
    public CelValue[] Slots { get; } = slotCount == 0 ? [] : new CelValue[slotCount];
}
