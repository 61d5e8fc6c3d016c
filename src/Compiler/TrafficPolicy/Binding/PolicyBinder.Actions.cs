using Policy.Compiler.Diagnostics;
using Policy.Compiler.Lowering;
using Policy.Compiler.TrafficPolicy.Catalog;
using Policy.Compiler.TrafficPolicy.Syntax;

namespace Policy.Compiler.TrafficPolicy.Binding;

public sealed partial class PolicyBinder
{
    private IrAction? BindAction(PolicyNode node)
    {
        if (node is not PolicyMap action)
        {
            Report(DiagnosticCatalog.WrongShape, node, $"an action must be a map with 'type' and 'config', not {node.Describe()}");
            return null;
        }
        ReportUnknownKeys(action, ActionKeys, "an action");

        var typeEntry = action.Find("type");
        if (typeEntry is null)
        {
            Report(DiagnosticCatalog.MissingField, action, "an action must have a 'type', such as deny or forward-internal");
            return null;
        }
        if (typeEntry.Value is PolicyScalar { Kind: ScalarKind.String, Value.Length: 0 } emptyType)
        {
            Report(DiagnosticCatalog.EmptyValue, emptyType, "an action's type cannot be empty; write an action type such as 'deny'");
            return null;
        }
        if (typeEntry.Value is not PolicyScalar { Kind: ScalarKind.String } typeScalar)
        {
            Report(DiagnosticCatalog.WrongShape, typeEntry.Value, $"an action's type must be a string such as 'deny', not {typeEntry.Value.Describe()}");
            return null;
        }
        var type = typeScalar.Value;
        var definition = ActionCatalog.Find(type);
        if (definition is null)
        {
            Report(DiagnosticCatalog.UnknownActionType, typeScalar,
                $"invalid policy action type '{type}'{Suggestions.DidYouMean(type, ActionCatalog.All.Keys)}");
            return null;
        }
        if (!definition.Schemes.Contains(_context.Scheme))
        {
            Report(DiagnosticCatalog.ActionNotForProtocol, typeScalar,
                $"policy action type '{type}' does not support the '{_context.SchemeName}' protocol; it applies to {definition.SchemeList}" +
                (_context.Scheme == Scheme.Tls ? $". A tls endpoint can use {string.Join(", ", ActionCatalog.TlsPermitted)}" : ""));
            return null;
        }
        if (!definition.Phases.Contains(_phase))
        {
            Report(DiagnosticCatalog.ActionNotInPhase, typeScalar,
                $"action type '{type}' is not supported in the {_phase} phase; it runs in {string.Join(", ", definition.Phases)}");
            return null;
        }

        var config = action.Find("config")?.Value;
        if (config is PolicyScalar { Kind: ScalarKind.Null }) config = null;
        if (config is not null and not PolicyMap)
        {
            Report(DiagnosticCatalog.InvalidConfig, config, $"failed to parse the configuration for policy action type '{type}': config must be a map, not {config.Describe()}");
            return null;
        }
        var map = (PolicyMap?)config;
        return type switch
        {
            "deny" => BindDeny(action, map),
            "close-connection" => BindCloseConnection(action, map),
            "log" => BindLog(action, map),
            "set-vars" => BindSetVars(action, map),
            "forward-internal" => BindForwardInternal(action, map),
            "restrict-ips" => BindRestrictIps(action, map),
            "terminate-tls" => BindTerminateTls(action, map),
            _ => new IrUnsupported(type, action.Location),
        };
    }

    /// <summary>Reads an action's config with this binder's reporter.</summary>
    private ConfigReader Config(string actionType, PolicyMap action, PolicyMap? map) => new(actionType, map, action.Location, _diagnostics);

    private IrAction? BindDeny(PolicyMap action, PolicyMap? map)
    {
        var config = Config("deny", action, map);
        int? status = null;
        if (_phase == Phases.OnTcpConnect)
        {
            config.AllowKeys();
        }
        else
        {
            config.AllowKeys("status_code");
            status = config.Integer("status_code", 400, 599);
        }
        return config.Failed ? null : new IrDeny(action.Location, status);
    }

    private IrAction? BindCloseConnection(PolicyMap action, PolicyMap? map)
    {
        var config = Config("close-connection", action, map);
        config.AllowKeys();
        return config.Failed ? null : new IrCloseConnection(action.Location);
    }
}
