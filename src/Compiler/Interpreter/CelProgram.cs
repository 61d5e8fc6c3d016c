using Policy.Compiler.Interpreter.Nodes;
using Policy.Runtime.Evaluation;
using Policy.Runtime.Values;

namespace Policy.Compiler.Interpreter;

/// <summary>
/// A planned expression, ready to evaluate any number of times. Evaluation never throws for
/// user input: errors come back as <see cref="CelError"/> values.
/// </summary>
public sealed class CelProgram(Node root, int slotCount)
{
    /// <summary>Evaluates against an activation.</summary>
    public CelValue Evaluate(IActivation activation)
    {
        try
        {
            return root.Eval(new Frame(activation, slotCount));
        }
        catch (InsufficientExecutionStackException)
        {
            return CelError.Of("expression is nested too deeply to evaluate");
        }
    }
}
