using Policy.Runtime.Library.Standard;
using Policy.Runtime.Values;

namespace Policy.Compiler.Interpreter.Nodes;

/// <summary>
/// An unchecked name, possibly qualified (<c>a.b.c</c>): the longest prefix the activation
/// knows wins (trying container-qualified spellings first), and the rest of the chain is field
/// selection. Without a match, a type name denotes its type value; otherwise it is an error.
/// </summary>
public sealed class AttributeNode(IReadOnlyList<(string[] Names, string[] Fields)> alternatives, CelValue? typeValue, string display) : Node
{
    /// <inheritdoc/>
    public override CelValue Eval(Frame frame)
    {
        foreach (var (names, fields) in alternatives)
        {
            foreach (var name in names)
            {
                if (!frame.Activation.TryResolve(name, out var value)) continue;
                foreach (var f in fields)
                {
                    if (value.IsError) break;
                    value = Relations.SelectField(value, f);
                }
                return value;
            }
        }
        return typeValue ?? CelError.NoSuchAttribute(display);
    }
}
