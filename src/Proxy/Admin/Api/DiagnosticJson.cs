using System.Text.Json;
using Policy.Compiler.Diagnostics;

namespace Policy.Proxy.Admin.Api;

/// <summary>Diagnostics in policy-lint's JSON shape: <c>{file, line, column, endLine, endColumn, severity, code, message}</c>.</summary>
public static class DiagnosticJson
{
    /// <summary>The <c>file</c> of a diagnostic in a policy sent to the API.</summary>
    public const string PolicyFile = "traffic_policy";

    /// <summary>Writes a property holding the array.</summary>
    public static void WriteArray(Utf8JsonWriter w, string property, IEnumerable<Diagnostic> diagnostics)
    {
        w.WriteStartArray(property);
        foreach (var d in diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("file", d.Location.Path ?? PolicyFile);
            w.WriteNumber("line", d.Location.Line);
            w.WriteNumber("column", d.Location.Column);
            w.WriteNumber("endLine", d.Location.EndLine);
            w.WriteNumber("endColumn", d.Location.EndColumn);
            w.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
            w.WriteString("code", d.Code);
            w.WriteString("message", d.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
