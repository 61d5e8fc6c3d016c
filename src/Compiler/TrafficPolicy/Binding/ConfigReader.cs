using Policy.Compiler.Diagnostics;
using Policy.Compiler.TrafficPolicy.Syntax;

namespace Policy.Compiler.TrafficPolicy.Binding;

/// <summary>
/// Reads the fields of one action's <c>config</c>, reporting unknown keys, missing required
/// fields and values of the wrong type with ngrok's codes. A missing required field is reported
/// at the config map, or at the action when it has no config at all.
/// </summary>
internal sealed class ConfigReader(string actionType, PolicyMap? map, SourceLocation actionLocation, DiagnosticReporter diagnostics)
{
    private readonly int _errorsAtStart = diagnostics.ErrorCount;

    /// <summary>The config map (null when the action has none).</summary>
    public PolicyMap? Map => map;

    /// <summary>True when reading this config reported an error.</summary>
    public bool Failed => diagnostics.ErrorCount > _errorsAtStart;

    /// <summary>Reports every key that is not one of <paramref name="keys"/>.</summary>
    public void AllowKeys(params string[] keys)
    {
        if (map is null) return;
        foreach (var entry in map.Entries)
        {
            if (keys.Contains(entry.Key.Value)) continue;
            var expected = keys.Length == 0
                ? $"'{actionType}' takes no configuration here"
                : $"expected {string.Join(", ", keys)}";
            diagnostics.Report(DiagnosticCatalog.UnknownKey, entry.Key.Location,
                $"unknown field '{entry.Key.Value}' in the configuration of '{actionType}'{Suggestions.DidYouMean(entry.Key.Value, keys)}; {expected}");
        }
    }

    /// <summary>The value of a field, or null; reports a missing required one.</summary>
    public PolicyNode? Field(string name, bool required = false)
    {
        var value = map?.Find(name)?.Value;
        if (value is PolicyScalar { Kind: ScalarKind.Null }) value = null;
        if (value is null && required)
            diagnostics.Report(DiagnosticCatalog.MissingField, map?.Location ?? actionLocation,
                $"the configuration of '{actionType}' is missing the required field '{name}'");
        return value;
    }

    /// <summary>A string field (numbers are accepted as their text: YAML reads 1.2 as a number).</summary>
    public PolicyScalar? String(string name, bool required = false)
    {
        var value = Field(name, required);
        if (value is null) return null;
        if (value is PolicyScalar { Kind: ScalarKind.String or ScalarKind.Integer or ScalarKind.Float } s) return s;
        WrongType(name, value, "a string");
        return null;
    }

    /// <summary>A boolean field.</summary>
    public bool? Boolean(string name, bool required = false)
    {
        var value = Field(name, required);
        if (value is null) return null;
        if (value is PolicyScalar { Kind: ScalarKind.Boolean } b) return b.Value is "true" or "True" or "TRUE";
        WrongType(name, value, "true or false");
        return null;
    }

    /// <summary>An integer field within bounds.</summary>
    public int? Integer(string name, int min, int max, bool required = false)
    {
        var value = Field(name, required);
        if (value is null) return null;
        if (value is not PolicyScalar { Kind: ScalarKind.Integer } i || !long.TryParse(i.Value, out var n))
        {
            WrongType(name, value, "an integer");
            return null;
        }
        if (n < min || n > max)
        {
            diagnostics.Report(DiagnosticCatalog.OutOfRange, value.Location, $"{name} must be between {min} and {max} inclusive, was {n}");
            return null;
        }
        return (int)n;
    }

    /// <summary>A list of strings; a lone string where the list belongs is reported with a hint.</summary>
    public IReadOnlyList<PolicyScalar>? StringList(string name, bool required = false)
    {
        var value = Field(name, required);
        if (value is null) return null;
        if (value is PolicyScalar { Kind: ScalarKind.String })
        {
            diagnostics.Report(DiagnosticCatalog.InvalidConfig, value.Location,
                $"'{name}' of '{actionType}' must be a list of strings, even with a single entry; write it as a list item (- ...) or [\"...\"]");
            return null;
        }
        if (value is not PolicyList list)
        {
            WrongType(name, value, "a list of strings");
            return null;
        }
        var items = new List<PolicyScalar>();
        foreach (var item in list.Items)
        {
            if (item is PolicyScalar { Kind: ScalarKind.String } s) items.Add(s);
            else diagnostics.Report(DiagnosticCatalog.InvalidConfig, item.Location, $"each entry of '{name}' must be a string, not {item.Describe()}");
        }
        return items;
    }

    /// <summary>One of the allowed values of a string field.</summary>
    public string? Enum(string name, IReadOnlyList<string> allowed, string? hint = null)
    {
        var value = String(name);
        if (value is null) return null;
        if (allowed.Contains(value.Value)) return value.Value;
        diagnostics.Report(DiagnosticCatalog.NotInEnum, value.Location,
            $"{name} must be {string.Join(" or ", allowed.Select(a => $"'{a}'"))}, was '{value.Value}'{hint}");
        return null;
    }

    /// <summary>Reports a value of the wrong type for a field.</summary>
    public void WrongType(string name, PolicyNode value, string expected) =>
        diagnostics.Report(DiagnosticCatalog.InvalidConfig, value.Location,
            $"failed to parse the configuration for policy action type '{actionType}': '{name}' must be {expected}, not {value.Describe()}");
}
