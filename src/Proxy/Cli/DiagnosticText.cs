using System.Text.Json;
using Policy.Compiler.Diagnostics;

namespace Policy.Proxy.Cli;

/// <summary>
/// The admin API's policy diagnostics as policy-lint prints them: <c>FILE:LINE:COL: severity CODE:
/// message</c>, then the source line and a caret when the policy text is at hand.
/// </summary>
public static class DiagnosticText
{
    /// <summary>Writes each diagnostic of a <c>diagnostics</c> array; <paramref name="file"/> (when given) replaces the API's file name.</summary>
    public static void Write(TextWriter output, JsonElement diagnostics, string? file, SourceText? source)
    {
        foreach (var d in diagnostics.EnumerateArray())
        {
            if (d.ValueKind != JsonValueKind.Object) continue;
            int Number(string name) => d.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : 1;
            string Text(string name) => d.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
            var (line, column, endLine, endColumn) = (Number("line"), Number("column"), Number("endLine"), Number("endColumn"));
            output.WriteLine($"{file ?? Text("file")}:{line}:{column}: {Text("severity")} {Text("code")}: {Text("message")}");
            if (source is null || line > source.LineCount) continue;
            var text = source.GetLine(line).Replace('\t', ' ');
            var start = Math.Clamp(column - 1, 0, text.Length);
            var length = endLine == line ? Math.Max(1, endColumn - column) : Math.Max(1, text.Length - start);
            length = Math.Min(length, Math.Max(1, text.Length - start));
            output.WriteLine("    " + text);
            output.WriteLine("    " + new string(' ', start) + "^" + new string('~', length - 1));
        }
    }
}
