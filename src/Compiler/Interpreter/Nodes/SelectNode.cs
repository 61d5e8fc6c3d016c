using Policy.Runtime.Library.Optional;
using Policy.Runtime.Library.Standard;
using Policy.Runtime.Values;

namespace Policy.Compiler.Interpreter.Nodes;

/// <summary>Field selection <c>x.f</c> or presence test <c>has(x.f)</c>; on an optional operand the result is optional.</summary>
public sealed class SelectNode(Node operand, string field, bool testOnly) : Node
{
    /// <inheritdoc/>
    public override CelValue Eval(Frame frame)
    {
        var value = operand.Eval(frame);
        if (value.IsError) return value;
        if (value is CelOptional o)
            return testOnly ? OptionalFunctions.HasOnOptional(o, field) : OptionalFunctions.SelectOnOptional(o, field);
        return testOnly ? Relations.HasField(value, field) : Relations.SelectField(value, field);
    }
}
