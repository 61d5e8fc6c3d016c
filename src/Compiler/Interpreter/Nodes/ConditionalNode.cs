using Policy.Runtime.Values;

namespace Policy.Compiler.Interpreter.Nodes;

/// <summary><c>c ? a : b</c>: only the chosen branch is evaluated.</summary>
public sealed class ConditionalNode(Node condition, Node then, Node otherwise) : Node
{
    /// <inheritdoc/>
    public override CelValue Eval(Frame frame)
    {
        var c = condition.Eval(frame);
        return c switch
        {
            CelBool { Value: true } => then.Eval(frame),
            CelBool => otherwise.Eval(frame),
            CelError => c,
            _ => CelError.NoSuchOverload("_?_:_", c),
        };
    }
}
