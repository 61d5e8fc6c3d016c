using System.Text;
using Policy.Compiler.Diagnostics;

namespace Policy.Lint.Output;

/// <summary>
/// One block per diagnostic: <c>FILE:LINE:COL: error CODE: message</c>, then the source line and a
/// caret under the span.
/// </summary>
internal static class TextFormatter
{
    public static string Format(IEnumerable<LintedFile> files)
    {
        var sb = new StringBuilder();
        foreach (var file in files)
        {
            foreach (var d in file.Diagnostics)
            {
                var severity = d.Severity.ToString().ToLowerInvariant();
                sb.Append(file.Path).Append(':').Append(d.Location.Line).Append(':').Append(d.Location.Column)
                  .Append(": ").Append(severity).Append(' ').Append(d.Code).Append(": ").Append(d.Message).Append('\n');
                var line = file.Source.GetLine(d.Location.Line);
                if (line.Length == 0 && d.Location.Line > file.Source.LineCount) continue;
                sb.Append("    ").Append(line.Replace('\t', ' ')).Append('\n');
                var start = Math.Clamp(d.Location.Column - 1, 0, line.Length);
                var length = d.Location.EndLine == d.Location.Line ? Math.Max(1, d.Location.EndColumn - d.Location.Column) : Math.Max(1, line.Length - start);
                length = Math.Min(length, Math.Max(1, line.Length - start));
                sb.Append("    ").Append(' ', start).Append('^').Append('~', length - 1).Append('\n');
            }
        }
        return sb.ToString();
    }
}
