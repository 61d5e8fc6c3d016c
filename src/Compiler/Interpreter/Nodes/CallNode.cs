using Policy.Runtime.Functions;
using Policy.Runtime.Values;

namespace Policy.Compiler.Interpreter.Nodes;

/// <summary>
/// A strict function call: the arguments are evaluated left to right, the first error among
/// them is the result, and otherwise the first overload that accepts the arguments' run-time
/// kinds is invoked.
/// </summary>
public sealed class CallNode(string function, Overload[] overloads, Node[] args) : Node
{
    /// <inheritdoc/>
    public override CelValue Eval(Frame frame)
    {
        var values = new CelValue[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            var v = args[i].Eval(frame);
            if (v.IsError) return v;
            values[i] = v;
        }
        foreach (var overload in overloads)
            if (overload.Accepts(values)) return overload.Invoke(values);
        return CelError.NoSuchOverload(function, values);
    }
}
