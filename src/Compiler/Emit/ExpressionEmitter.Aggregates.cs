using Policy.Compiler.Syntax;

namespace Policy.Compiler.Emit;

internal sealed partial class ExpressionEmitter
{
    private string Flags(IReadOnlyList<bool> flags) =>
        flags.Any(f => f) ? $"new bool[] {{ {string.Join(", ", flags.Select(CSharp.Literal))} }}" : "null";

    private Emitted EmitList(ListExpr e)
    {
        var items = e.Elements.Select(x => AsValue(Emit(x))).ToList();
        var optional = Flags(Enumerable.Range(0, items.Count).Select(e.OptionalIndices.Contains).ToList());
        return new Emitted(_m.Local(V + "CelValue", "v", $"{S}List(new {V}CelValue[] {{ {string.Join(", ", items)} }}, {optional})"), Rep.Value);
    }

    private Emitted EmitMap(MapExpr e)
    {
        var keys = new List<string>();
        var values = new List<string>();
        foreach (var entry in e.Entries)
        {
            keys.Add(AsValue(Emit(entry.Key)));
            values.Add(AsValue(Emit(entry.Value)));
        }
        var optional = Flags(e.Entries.Select(x => x.Optional).ToList());
        return new Emitted(_m.Local(V + "CelValue", "v",
            $"{S}Map(new {V}CelValue[] {{ {string.Join(", ", keys)} }}, new {V}CelValue[] {{ {string.Join(", ", values)} }}, {optional})"), Rep.Value);
    }

    /// <summary>
    /// A fold as a loop over the list's elements or the map's keys (index/key and value for the
    /// two-variable forms), leaving early when the loop condition is false.
    /// </summary>
    private Emitted EmitComprehension(ComprehensionExpr e)
    {
        var result = _m.Local(V + "CelValue", "v", "null");
        var range = _m.Local(V + "CelValue", "r", AsValue(Emit(e.IterRange)));
        var items = _m.Local("global::System.Collections.Generic.IReadOnlyList<" + V + "CelValue>", "items",
            $"{range} as {V}CelList ?? (global::System.Collections.Generic.IReadOnlyList<{V}CelValue>)({range} as {V}CelMap)?.Keys");
        _m.Open($"if ({items} == null)");
        _m.Line($"{result} = {S}NotIterable({range});");
        _m.Close();
        _m.Open("else");

        var map = _m.Local(V + "CelMap", "map", $"{range} as {V}CelMap");
        var accu = _m.Local(V + "CelValue", "accu", AsValue(Emit(e.AccuInit)));
        var index = _m.Fresh("i");
        _scopes.Add(new Dictionary<string, string> { [e.AccuVar] = accu });

        _m.Open($"for (int {index} = 0; {index} < {items}.Count; {index}++)");
        var iteration = new Dictionary<string, string>();
        var first = _m.Local(V + "CelValue", "it", e.IterVar2 is null ? $"{items}[{index}]" : $"{map} == null ? {V}CelInt.Of({index}) : {items}[{index}]");
        iteration[e.IterVar] = first;
        if (e.IterVar2 is not null)
        {
            var second = _m.Local(V + "CelValue", "it", $"{items}[{index}]");
            _m.Line($"if ({map} != null) {map}.TryGetValue({first}, out {second});");
            iteration[e.IterVar2] = second;
        }
        _scopes.Add(iteration);
        var condition = Emit(e.LoopCondition);
        _m.Line(condition.Rep == Rep.Bool
            ? $"if ({(condition.Error is null ? "" : condition.Error + " == null && ")}!{condition.Code}) break;"
            : $"if ({AsValue(condition)} is {V}CelBool {{ Value: false }}) break;");
        var step = AsValue(Emit(e.LoopStep));
        _m.Line($"{accu} = {step};");
        _scopes.RemoveAt(_scopes.Count - 1);
        _m.Close();

        _m.Line($"{result} = {AsValue(Emit(e.Result))};");
        _scopes.RemoveAt(_scopes.Count - 1);
        _m.Close();
        return new Emitted(result, Rep.Value);
    }
}
