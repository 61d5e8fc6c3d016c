using Policy.Runtime.Values;

namespace Policy.Compiler.Interpreter.Nodes;

/// <summary>A list literal; optional elements (<c>[?e]</c>) are included only when present.</summary>
public sealed class ListNode(Node[] elements, bool[] optional) : Node
{
    /// <inheritdoc/>
    public override CelValue Eval(Frame frame)
    {
        var values = new List<CelValue>(elements.Length);
        for (var i = 0; i < elements.Length; i++)
        {
            var v = elements[i].Eval(frame);
            if (v.IsError) return v;
            if (optional[i])
            {
                if (v is not CelOptional o) return CelError.Of($"optional list element must be an optional value, found {v.Type.Name}");
                if (!o.HasValue) continue;
                v = o.Value;
            }
            values.Add(v);
        }
        return CelList.Wrap([.. values]);
    }
}
