using System.Text.Json;
using System.Text.Json.Nodes;

namespace Policy.Lint.Output;

/// <summary>One JSON array of <c>{file, line, column, endLine, endColumn, severity, code, message}</c>.</summary>
internal static class JsonFormatter
{
    public static string Format(IEnumerable<LintedFile> files)
    {
        var array = new JsonArray();
        foreach (var file in files)
        {
            foreach (var d in file.Diagnostics)
            {
                array.Add(new JsonObject
                {
                    ["file"] = file.Path,
                    ["line"] = d.Location.Line,
                    ["column"] = d.Location.Column,
                    ["endLine"] = d.Location.EndLine,
                    ["endColumn"] = d.Location.EndColumn,
                    ["severity"] = d.Severity.ToString().ToLowerInvariant(),
                    ["code"] = d.Code,
                    ["message"] = d.Message,
                });
            }
        }
        return array.ToJsonString(JsonText.Options) + "\n";
    }
}
