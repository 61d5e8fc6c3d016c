using System.Globalization;
using Policy.Compiler.Checking;
using Policy.Compiler.Diagnostics;
using Policy.Compiler.Lowering;
using Policy.Compiler.TrafficPolicy.Syntax;
using Policy.Runtime.Types;
using Policy.Runtime.Values;

namespace Policy.Compiler.TrafficPolicy.Binding;

public sealed partial class PolicyBinder
{
    /// <summary>The deepest nesting of lists and maps in a set-vars value (ngrok does not publish its own).</summary>
    public const int MaxVarsNesting = 10;

    /// <summary>The most entries one set-vars action may have.</summary>
    public const int MaxVarsEntries = 100;

    private IrAction? BindSetVars(PolicyMap action, PolicyMap? map)
    {
        var config = Config("set-vars", action, map);
        config.AllowKeys("vars");
        var vars = config.Field("vars", required: true);
        var result = new List<(string, IrValue)>();
        if (vars is null) return null;
        if (vars is not PolicyList list)
        {
            config.WrongType("vars", vars, "a list of single-entry maps (- name: value)" + (vars is PolicyMap ? "; write each variable as a list item" : ""));
            return null;
        }
        if (list.Items.Count == 0) Report(DiagnosticCatalog.EmptyValue, list, "set-vars 'vars' cannot be empty");
        if (list.Items.Count > MaxVarsEntries)
            Report(DiagnosticCatalog.TooManyElements, list, $"maximum vars allowed per action is {MaxVarsEntries}, this one has {list.Items.Count}");

        foreach (var item in list.Items)
        {
            if (item is not PolicyMap { Entries.Count: 1 } single)
            {
                Report(DiagnosticCatalog.InvalidConfigValue, item,
                    $"each entry of set-vars 'vars' must be a map with exactly one key (the variable's name), not {(item is PolicyMap m ? $"a map with {m.Entries.Count} keys" : item.Describe())}");
                continue;
            }
            var (key, value) = (single.Entries[0].Key, single.Entries[0].Value);
            if (key.Value.Length == 0)
            {
                Report(DiagnosticCatalog.EmptyValue, key, "a variable name cannot be empty");
                continue;
            }
            if (BindValue(value, 0) is not { } bound) continue;
            if (ReadsVars(bound))
                Report(DiagnosticCatalog.SetVarsChaining, value, $"'{key.Value}' is set from another set-vars variable");
            result.Add((key.Value, bound));
            // Variables are typed in program order; a name set again with another type becomes dyn.
            DeclareVar(key.Value, _vars.TryGetValue(key.Value, out var previous) && !previous.Equals(bound.Type) ? CelType.Dyn : bound.Type);
        }
        return config.Failed ? null : new IrSetVars(action.Location, result);
    }

    private IrValue? BindValue(PolicyNode node, int depth)
    {
        if (depth > MaxVarsNesting)
        {
            Report(DiagnosticCatalog.NestingTooDeep, node, $"nested variables are too deep; maximum nesting allowed is {MaxVarsNesting}");
            return null;
        }
        switch (node)
        {
            case PolicyScalar { Kind: ScalarKind.String } s:
                return BindTemplate(s) is { } t ? t.IsConstant ? new IrConstantValue(CelString.Of(t.ConstantText)) : new IrTemplateValue(t) : null;
            case PolicyScalar { Kind: ScalarKind.Integer } i:
                if (long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)) return new IrConstantValue(CelInt.Of(l));
                if (ulong.TryParse(i.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var u)) return new IrConstantValue(CelUint.Of(u));
                Report(DiagnosticCatalog.OutOfRange, i, $"{i.Value} is outside the 64-bit integer range");
                return null;
            case PolicyScalar { Kind: ScalarKind.Float } f:
                return new IrConstantValue(CelDouble.Of(ParseFloat(f.Value)));
            case PolicyScalar { Kind: ScalarKind.Boolean } b:
                return new IrConstantValue(CelBool.Of(b.Value is "true" or "True" or "TRUE"));
            case PolicyScalar:
                return new IrConstantValue(CelNull.Instance);
            case PolicyList list:
            {
                var items = list.Items.Select(x => BindValue(x, depth + 1)).ToList();
                return items.Any(x => x is null) ? null : new IrListValue(items!);
            }
            case PolicyMap map:
            {
                var entries = map.Entries.Select(e => (e.Key.Value, BindValue(e.Value, depth + 1))).ToList();
                return entries.Any(x => x.Item2 is null) ? null : new IrMapValue(entries.Select(e => (e.Value, e.Item2!)).ToList());
            }
            default:
                return null;
        }
    }

    private static double ParseFloat(string text) => text.ToLowerInvariant() switch
    {
        ".inf" or "+.inf" => double.PositiveInfinity,
        "-.inf" => double.NegativeInfinity,
        ".nan" => double.NaN,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static bool ReadsVars(IrValue value) => value switch
    {
        IrTemplateValue t => t.Template.Parts.OfType<IrInterpolation>().Any(p =>
            p.Expression.References.Values.OfType<VariableReference>().Any(r => r.Variable.Name == "vars" || r.Variable.Name.StartsWith("vars.", StringComparison.Ordinal))),
        IrListValue l => l.Items.Any(ReadsVars),
        IrMapValue m => m.Entries.Any(e => ReadsVars(e.Value)),
        _ => false,
    };
}
