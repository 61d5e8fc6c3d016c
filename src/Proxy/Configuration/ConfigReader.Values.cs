using System.Globalization;
using Policy.Compiler.Diagnostics;
using Policy.Compiler.TrafficPolicy.Syntax;

namespace Policy.Proxy.Configuration;

public sealed partial class ConfigReader
{
    private void CheckKeys(PolicyMap map, string[] allowed, string where)
    {
        foreach (var entry in map.Entries)
        {
            if (Array.IndexOf(allowed, entry.Key.Value) >= 0) continue;
            var near = allowed.FirstOrDefault(a => Distance(a, entry.Key.Value) <= 2);
            _diagnostics.Report(ProxyDiagnostics.UnknownKey, entry.Key.Location,
                $"{where} has no key '{entry.Key.Value}'" + (near is null ? $" (known: {string.Join(", ", allowed)})" : $"; did you mean '{near}'?"));
        }
    }

    private PolicyMap? AsMap(PolicyEntry entry, string what)
    {
        if (entry.Value is PolicyMap map) return map;
        Report(entry.Value.Location, $"{what} must be a map, not {entry.Value.Describe()}");
        return null;
    }

    /// <summary>A string value with <c>${env:…}</c> expanded; null (and a diagnostic) when it is not a string.</summary>
    private string? String(PolicyEntry? entry) => entry is null ? null : ExpandScalar(entry.Value, entry.Key.Value);

    private string? ExpandScalar(PolicyNode node, string what)
    {
        if (node is not PolicyScalar { Kind: not ScalarKind.Null } scalar || node is PolicyScalar { Kind: ScalarKind.Boolean })
        {
            Report(node.Location, $"{what} must be a string, not {node.Describe()}");
            return null;
        }
        var expanded = EnvironmentExpander.Expand(scalar.Value, _environment, out var missing);
        if (expanded is null) Report(node.Location, $"{what}: environment variable '{missing}' is not set");
        return expanded;
    }

    private bool? Bool(PolicyEntry? entry)
    {
        if (entry is null) return null;
        if (entry.Value is PolicyScalar { Kind: ScalarKind.Boolean } b) return b.Value == "true";
        Report(entry.Value.Location, $"{entry.Key.Value} must be true or false, not {entry.Value.Describe()}");
        return null;
    }

    private int? Int(PolicyEntry? entry, int min, int max)
    {
        if (entry is null) return null;
        if (entry.Value is PolicyScalar { Kind: ScalarKind.Integer } s
            && int.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max)
            return v;
        Report(entry.Value.Location, $"{entry.Key.Value} must be a whole number from {min} to {max}");
        return null;
    }

    private TimeSpan? Duration(PolicyEntry? entry)
    {
        if (entry is null) return null;
        if (entry.Value is not PolicyScalar { Kind: ScalarKind.String or ScalarKind.Integer or ScalarKind.Float } s)
        {
            Report(entry.Value.Location, $"{entry.Key.Value} must be a duration such as 3s or 5m, not {entry.Value.Describe()}");
            return null;
        }
        var value = DurationText.Parse(s.Value, out var error);
        if (value is null) Report(s.Location, $"{entry.Key.Value}: {error}");
        else if (value <= TimeSpan.Zero)
        {
            Report(s.Location, $"{entry.Key.Value} must be longer than zero");
            return null;
        }
        return value;
    }

    private List<PolicyScalar> ScalarList(PolicyEntry? entry)
    {
        var result = new List<PolicyScalar>();
        if (entry is null) return result;
        IEnumerable<PolicyNode> items = entry.Value is PolicyList list ? list.Items : [entry.Value];
        foreach (var item in items)
        {
            if (item is PolicyScalar { Kind: ScalarKind.String } s) result.Add(s);
            else Report(item.Location, $"{entry.Key.Value} must be a list of strings; found {item.Describe()}");
        }
        return result;
    }

    private PemSource? Pem(PolicyMap map, string key, string where)
    {
        var entry = map.Find(key);
        if (entry is null)
        {
            Report(map.Location, $"{where}: '{key}' is required");
            return null;
        }
        return String(entry) is { } value ? new PemSource(value, _baseDirectory, entry.Value.Location) : null;
    }

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        return d[a.Length, b.Length];
    }
}
