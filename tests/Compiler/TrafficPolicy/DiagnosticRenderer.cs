using System.Text;
using Policy.Compiler.Diagnostics;

namespace Policy.Compiler.Tests.TrafficPolicy;

/// <summary>
/// Renders diagnostics the way policy-lint's text format does: <c>FILE:LINE:COL: severity CODE:
/// message</c>, then the source line and a caret under the span. The policy-lint tests check
/// that the real CLI prints the same text for the fixtures.
/// </summary>
internal static class DiagnosticRenderer
{
    public static string Render(string path, string text, IEnumerable<Diagnostic> diagnostics)
    {
        var source = new SourceText(text, path);
        var sb = new StringBuilder();
        foreach (var d in diagnostics)
        {
            sb.Append(path).Append(':').Append(d.Location.Line).Append(':').Append(d.Location.Column)
              .Append(": ").Append(d.Severity.ToString().ToLowerInvariant()).Append(' ').Append(d.Code)
              .Append(": ").Append(d.Message).Append('\n');
            var line = source.GetLine(d.Location.Line);
            if (line.Length == 0 && d.Location.Line > source.LineCount) continue;
            sb.Append("    ").Append(line.Replace('\t', ' ')).Append('\n');
            var start = Math.Clamp(d.Location.Column - 1, 0, line.Length);
            var length = d.Location.EndLine == d.Location.Line
                ? Math.Max(1, d.Location.EndColumn - d.Location.Column)
                : Math.Max(1, line.Length - start);
            length = Math.Min(length, Math.Max(1, line.Length - start));
            sb.Append("    ").Append(' ', start).Append('^').Append('~', length - 1).Append('\n');
        }
        return sb.ToString();
    }
}
