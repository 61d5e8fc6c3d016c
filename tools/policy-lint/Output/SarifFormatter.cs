using System.Text.Json;
using System.Text.Json.Nodes;
using Policy.Compiler.Diagnostics;

namespace Policy.Lint.Output;

/// <summary>SARIF 2.1.0, with one rule per diagnostic code that occurs.</summary>
internal static class SarifFormatter
{
    public static string Format(IEnumerable<LintedFile> files)
    {
        var list = files.ToList();
        var descriptors = list.SelectMany(f => f.Diagnostics).Select(d => d.Descriptor).DistinctBy(d => d.Code).OrderBy(d => d.Code, StringComparer.Ordinal).ToList();
        var rules = new JsonArray(descriptors.Select(d => (JsonNode)new JsonObject
        {
            ["id"] = d.Code,
            ["name"] = string.Concat(d.Title.Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..])),
            ["shortDescription"] = new JsonObject { ["text"] = d.Title },
            ["fullDescription"] = new JsonObject { ["text"] = d.Explanation },
            ["defaultConfiguration"] = new JsonObject { ["level"] = Level(d.DefaultSeverity) },
        }).ToArray());
        var results = new JsonArray();
        foreach (var file in list)
        {
            foreach (var d in file.Diagnostics)
            {
                results.Add(new JsonObject
                {
                    ["ruleId"] = d.Code,
                    ["ruleIndex"] = descriptors.FindIndex(x => x.Code == d.Code),
                    ["level"] = Level(d.Severity),
                    ["message"] = new JsonObject { ["text"] = d.Message },
                    ["locations"] = new JsonArray(new JsonObject
                    {
                        ["physicalLocation"] = new JsonObject
                        {
                            ["artifactLocation"] = new JsonObject { ["uri"] = Uri(file.Path) },
                            ["region"] = new JsonObject
                            {
                                ["startLine"] = d.Location.Line,
                                ["startColumn"] = d.Location.Column,
                                ["endLine"] = d.Location.EndLine,
                                ["endColumn"] = d.Location.EndColumn,
                            },
                        },
                    }),
                });
            }
        }
        var sarif = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "policy-lint",
                        ["semanticVersion"] = typeof(SarifFormatter).Assembly.GetName().Version?.ToString(3) ?? "1.0.0",
                        ["rules"] = rules,
                    },
                },
                ["results"] = results,
            }),
        };
        return sarif.ToJsonString(JsonText.Options) + "\n";
    }

    /// <summary>
    /// artifactLocation.uri must be a URI reference: a rooted path becomes a file: URI, a relative
    /// one keeps its segments, percent-encoded (a space, or the name &lt;stdin&gt;, is not allowed raw).
    /// </summary>
    private static string Uri(string path)
    {
        if (Path.IsPathRooted(path)) return new System.Uri(Path.GetFullPath(path)).AbsoluteUri;
        return string.Join('/', path.Replace('\\', '/').Split('/').Select(System.Uri.EscapeDataString));
    }

    private static string Level(Severity s) => s switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" };
}
