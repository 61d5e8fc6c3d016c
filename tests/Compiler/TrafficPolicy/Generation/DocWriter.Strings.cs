using System.Text;
using System.Text.RegularExpressions;

namespace Policy.Compiler.Tests.TrafficPolicy.Generation;

internal sealed partial class DocWriter
{
    private static readonly Regex LooksSpecial = new(
        @"^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|true|True|TRUE|false|False|FALSE|null|Null|NULL|~|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$");

    /// <summary>Writes a string in a random style that can hold it, ending the line.</summary>
    private void WriteString(StringBuilder sb, string s, int indent)
    {
        var options = new List<Func<bool>> { () => Append(sb, DoubleQuoted(s)) };
        if (IsPlainSafe(s)) options.Add(() => Append(sb, s));
        if (!s.Any(char.IsControl)) options.Add(() => Append(sb, SingleQuoted(s)));
        if (CanBeLiteral(s)) options.Add(() => Literal(sb, s, indent));
        if (CanBeFolded(s)) options.Add(() => Folded(sb, s, indent));
        random.ArrayElement(options.ToArray())();
    }

    private bool Append(StringBuilder sb, string text)
    {
        sb.Append(text).Append(_newline);
        return true;
    }

    /// <summary>A plain scalar that YAML reads back as the same string.</summary>
    private static bool IsPlainSafe(string s) =>
        s.Length > 0 && !LooksSpecial.IsMatch(s)
        && !"-?:,[]{}#&*!|>'\"%@` ".Contains(s[0])
        && !s.Contains(": ", StringComparison.Ordinal) && !s.Contains(" #", StringComparison.Ordinal)
        && !s.EndsWith(':') && !s.EndsWith(' ')
        && !s.Any(c => char.IsControl(c) || c == '\uFEFF' || char.IsSurrogate(c) || c > '\u007e');

    private static bool CanBeLiteral(string s) =>
        s.Length > 0 && s[0] is not (' ' or '\n') && !s.Any(c => c is '\r' or '\t' || (char.IsControl(c) && c != '\n') || char.IsSurrogate(c) || c > '\u007e')
        && !s.TrimEnd('\n').EndsWith(' ') && !s.EndsWith("\n\n", StringComparison.Ordinal)
        && !s.Split('\n').Any(line => line.StartsWith(' '));

    private static bool CanBeFolded(string s) => CanBeLiteral(s) && !s.Contains('\n');

    private bool Literal(StringBuilder sb, string s, int indent)
    {
        var body = s.EndsWith('\n') ? s[..^1] : s;
        sb.Append(s.EndsWith('\n') ? "|" : "|-").Append(_newline);
        foreach (var line in body.Split('\n'))
        {
            if (line.Length > 0) sb.Append(' ', indent + 2).Append(line);
            sb.Append(_newline);
        }
        return true;
    }

    private bool Folded(StringBuilder sb, string s, int indent)
    {
        sb.Append(">-").Append(_newline).Append(' ', indent + 2).Append(s).Append(_newline);
        return true;
    }

    private static string SingleQuoted(string s) => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>A double-quoted scalar; some ordinary characters are escaped at random too.</summary>
    private string DoubleQuoted(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append(random.Bool() ? "\\t" : "\t"); break;
                case var _ when char.IsControl(c): sb.Append($"\\u{(int)c:X4}"); break;
                case var _ when !char.IsSurrogate(c) && random.Bool(0.03f): sb.Append(c <= 0xFF && random.Bool() ? $"\\x{(int)c:X2}" : $"\\u{(int)c:x4}"); break;
                default: sb.Append(c); break;
            }
        }
        return sb.Append('"').ToString();
    }
}
