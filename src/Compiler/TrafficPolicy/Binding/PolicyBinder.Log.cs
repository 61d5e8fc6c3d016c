using Policy.Compiler.Diagnostics;
using Policy.Compiler.Lowering;
using Policy.Compiler.TrafficPolicy.Syntax;

namespace Policy.Compiler.TrafficPolicy.Binding;

public sealed partial class PolicyBinder
{
    private IrAction? BindLog(PolicyMap action, PolicyMap? map)
    {
        var config = Config("log", action, map);
        config.AllowKeys("metadata");
        var metadata = config.Field("metadata", required: true);
        var entries = new List<(string, IrTemplate)>();
        switch (metadata)
        {
            case null:
                break;
            case PolicyMap m:
                foreach (var entry in m.Entries)
                {
                    if (entry.Value is PolicyScalar { Kind: ScalarKind.String } s)
                    {
                        if (BindTemplate(s) is { } t) entries.Add((entry.Key.Value, t));
                    }
                    else
                    {
                        // The documentation's own example with a number was refused by the gateway
                        // (ngrok-docs#1038); the schema and the event format carry strings only.
                        var hint = entry.Value is PolicyScalar other && other.Kind != ScalarKind.Null
                            ? $"; quote it: \"{other.Value}\"" : "";
                        Report(DiagnosticCatalog.InvalidConfigValue, entry.Value,
                            $"log metadata values must be strings, but '{entry.Key.Value}' is {entry.Value.Describe()}{hint}");
                    }
                }
                if (m.Entries.Count == 0) Report(DiagnosticCatalog.EmptyValue, m, "log metadata cannot be empty");
                break;
            default:
                config.WrongType("metadata", metadata, "a map of names to strings");
                break;
        }
        return config.Failed ? null : new IrLog(action.Location, entries);
    }
}
