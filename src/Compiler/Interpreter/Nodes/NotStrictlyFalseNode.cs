using Policy.Runtime.Library.Standard;
using Policy.Runtime.Values;

namespace Policy.Compiler.Interpreter.Nodes;

/// <summary>The loop condition of <c>all</c> and <c>exists</c>: continue unless the accumulator is definitely false.</summary>
public sealed class NotStrictlyFalseNode(Node operand) : Node
{
    /// <inheritdoc/>
    public override CelValue Eval(Frame frame) => CelBool.Of(Logic.NotStrictlyFalse(operand.Eval(frame)));
}
