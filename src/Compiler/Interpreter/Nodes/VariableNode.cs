using Policy.Runtime.Evaluation;
using Policy.Runtime.Values;

namespace Policy.Compiler.Interpreter.Nodes;

/// <summary>A declared variable, read through its getter or by name.</summary>
public sealed class VariableNode(VariableDecl variable) : Node
{
    /// <inheritdoc/>
    public override CelValue Eval(Frame frame) => variable.Read(frame.Activation);
}
