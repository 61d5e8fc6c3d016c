using Policy.Runtime.Library.Standard;
using Policy.Runtime.Values;

namespace Policy.Compiler.Interpreter.Nodes;

/// <summary>
/// <c>&amp;&amp;</c> and <c>||</c>: the right operand is skipped when the left decides, and an
/// error on one side is absorbed when the other side decides (the operators are commutative).
/// </summary>
public sealed class LogicalNode(bool isAnd, Node left, Node right) : Node
{
    /// <inheritdoc/>
    public override CelValue Eval(Frame frame)
    {
        var l = left.Eval(frame);
        if (l is CelBool b && b.Value != isAnd) return l;
        var r = right.Eval(frame);
        return isAnd ? Logic.And(l, r) : Logic.Or(l, r);
    }
}
