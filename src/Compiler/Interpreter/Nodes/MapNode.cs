using Policy.Runtime.Values;

namespace Policy.Compiler.Interpreter.Nodes;

/// <summary>A map literal; optional entries (<c>{?k: v}</c>) are included only when the value is present.</summary>
public sealed class MapNode(Node[] keys, Node[] values, bool[] optional) : Node
{
    /// <inheritdoc/>
    public override CelValue Eval(Frame frame)
    {
        var ks = new List<CelValue>(keys.Length);
        var vs = new List<CelValue>(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            var k = keys[i].Eval(frame);
            if (k.IsError) return k;
            var v = values[i].Eval(frame);
            if (v.IsError) return v;
            if (optional[i])
            {
                if (v is not CelOptional o) return CelError.Of($"optional map entry must be an optional value, found {v.Type.Name}");
                if (!o.HasValue) continue;
                v = o.Value;
            }
            ks.Add(k);
            vs.Add(v);
        }
        return CelMap.Create(ks, vs);
    }
}
