using Policy.Runtime.Values;

namespace Policy.Compiler.Interpreter.Nodes;

/// <summary>A comprehension variable or accumulator.</summary>
public sealed class SlotNode(int slot) : Node
{
    /// <inheritdoc/>
    public override CelValue Eval(Frame frame) => frame.Slots[slot];
}
