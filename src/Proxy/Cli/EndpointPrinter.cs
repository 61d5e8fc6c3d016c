using System.Text.Json;

namespace Policy.Proxy.Cli;

/// <summary>The human-readable output of <c>policy-proxy api endpoints</c>: a table for a list, fields for one endpoint.</summary>
public static class EndpointPrinter
{
    private static readonly string[] Fields =
        ["id", "name", "url", "type", "proto", "host", "port", "bindings", "pooling_enabled", "upstream_url", "description", "metadata", "created_at", "updated_at"];

    /// <summary>Writes one endpoint as <c>field: value</c> lines, the policy last and indented; false (nothing written) when it is not a JSON object.</summary>
    public static bool WriteEndpoint(TextWriter output, JsonElement endpoint)
    {
        if (endpoint.ValueKind != JsonValueKind.Object) return false;
        var width = Fields.Max(f => f.Length) + 2;
        foreach (var field in Fields)
        {
            if (!endpoint.TryGetProperty(field, out var value)) continue;
            output.WriteLine($"{(field + ":").PadRight(width)}{Text(value)}");
        }
        if (endpoint.TryGetProperty("traffic_policy", out var policy))
        {
            output.WriteLine("traffic_policy:");
            foreach (var line in Text(policy).TrimEnd('\n', '\r').Split('\n')) output.WriteLine("  " + line.TrimEnd('\r'));
        }
        return true;
    }

    /// <summary>Writes the endpoints of a list response as a table; false (nothing written) when it is not <c>{"endpoints": [objects]}</c>.</summary>
    public static bool WriteTable(TextWriter output, JsonElement list)
    {
        if (list.ValueKind != JsonValueKind.Object || !list.TryGetProperty("endpoints", out var array) || array.ValueKind != JsonValueKind.Array
            || array.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.Object))
        {
            return false;
        }
        var endpoints = array.EnumerateArray().ToList();
        if (endpoints.Count == 0)
        {
            output.WriteLine("no endpoints");
            return true;
        }
        string[] header = ["ID", "NAME", "TYPE", "BINDING", "POOLING", "URL", "DESCRIPTION"];
        var rows = endpoints.Select(e => new[]
        {
            Field(e, "id"), Field(e, "name"), Field(e, "type"), Field(e, "bindings"),
            e.TryGetProperty("pooling_enabled", out var p) && p.ValueKind == JsonValueKind.True ? "yes" : "no",
            Field(e, "url"), Field(e, "description").ReplaceLineEndings(" "),
        }).Prepend(header).ToList();
        var widths = Enumerable.Range(0, header.Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
        foreach (var row in rows)
            output.WriteLine(string.Join("  ", row.Select((cell, i) => i == row.Length - 1 ? cell : cell.PadRight(widths[i]))).TrimEnd());
        return true;
    }

    private static string Field(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? Text(v) : "";

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Array => string.Join(",", value.EnumerateArray().Select(Text)),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        _ => value.GetRawText(),
    };
}
