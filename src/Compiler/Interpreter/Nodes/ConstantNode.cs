using Policy.Runtime.Values;

namespace Policy.Compiler.Interpreter.Nodes;

/// <summary>A literal or a type value.</summary>
public sealed class ConstantNode(CelValue value) : Node
{
    /// <summary>The value.</summary>
    public CelValue Value { get; } = value;

    /// <inheritdoc/>
    public override CelValue Eval(Frame frame) => Value;
}
