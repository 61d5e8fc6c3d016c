using Policy.Runtime.Library.Optional;
using Policy.Runtime.Values;

namespace Policy.Compiler.Interpreter.Nodes;

/// <summary><c>x.?f</c>.</summary>
public sealed class OptionalSelectNode(Node operand, string field) : Node
{
    /// <inheritdoc/>
    public override CelValue Eval(Frame frame)
    {
        var v = operand.Eval(frame);
        return v.IsError ? v : OptionalFunctions.SelectOptional(v, field);
    }
}
