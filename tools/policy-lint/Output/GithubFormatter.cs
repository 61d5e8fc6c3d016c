using System.Text;
using Policy.Compiler.Diagnostics;

namespace Policy.Lint.Output;

/// <summary>GitHub Actions workflow commands: <c>::error file=…,line=…,col=…::message</c>.</summary>
internal static class GithubFormatter
{
    public static string Format(IEnumerable<LintedFile> files)
    {
        var sb = new StringBuilder();
        foreach (var file in files)
        {
            foreach (var d in file.Diagnostics)
            {
                var command = d.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };
                sb.Append("::").Append(command)
                  .Append(" file=").Append(Property(file.Path))
                  .Append(",line=").Append(d.Location.Line)
                  .Append(",col=").Append(d.Location.Column)
                  .Append(",endLine=").Append(d.Location.EndLine)
                  .Append(",endColumn=").Append(d.Location.EndColumn)
                  .Append(",title=").Append(Property($"{d.Code} {d.Descriptor.Title}"))
                  .Append("::").Append(Data(d.Message)).Append('\n');
            }
        }
        return sb.ToString();
    }

    private static string Data(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string s) => Data(s).Replace(":", "%3A").Replace(",", "%2C");
}
