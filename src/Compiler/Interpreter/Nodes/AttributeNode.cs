using Policy.Runtime.Emitted;
using Policy.Runtime.Values;

namespace Policy.Compiler.Interpreter.Nodes;

/// <summary>
/// An unchecked name, possibly qualified (<c>a.b.c</c>): the longest prefix the activation
/// knows wins (trying container-qualified spellings first), and the rest of the chain is field
/// selection. Without a match, a type name denotes its type value; otherwise it is an error.
/// The lookup is the runtime helper generated code uses too.
/// </summary>
public sealed class AttributeNode(string[][] names, string[][] fields, CelValue? typeValue, string display) : Node
{
    /// <inheritdoc/>
    public override CelValue Eval(Frame frame) => EmitSupport.Attribute(frame.Activation, names, fields, typeValue, display);
}
