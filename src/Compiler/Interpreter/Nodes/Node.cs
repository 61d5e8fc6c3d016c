using Policy.Runtime.Values;

namespace Policy.Compiler.Interpreter.Nodes;

/// <summary>A planned expression: evaluates to a value (errors included) and never throws for user input.</summary>
public abstract class Node
{
    /// <summary>Evaluates the node.</summary>
    public abstract CelValue Eval(Frame frame);
}
