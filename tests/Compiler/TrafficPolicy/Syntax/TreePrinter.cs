using System.Text;
using System.Text.Json;
using Policy.Compiler.Diagnostics;
using Policy.Compiler.TrafficPolicy.Syntax;

namespace Policy.Compiler.Tests.TrafficPolicy.Syntax;

/// <summary>Prints a policy tree with kinds and locations, one node a line, for golden tests.</summary>
internal static class TreePrinter
{
    public static string Print(PolicyNode? node)
    {
        var sb = new StringBuilder();
        Print(node, "", sb);
        return sb.ToString().TrimEnd('\n').Replace("\r", "", StringComparison.Ordinal);
    }

    public static string Where(SourceLocation l) => $"{l.Line}:{l.Column}-{l.EndLine}:{l.EndColumn}";

    private static void Print(PolicyNode? node, string indent, StringBuilder sb)
    {
        switch (node)
        {
            case null:
                sb.Append(indent).Append("<none>\n");
                break;
            case PolicyScalar s:
                sb.Append(indent).Append(Scalar(s)).Append('\n');
                break;
            case PolicyList list:
                sb.Append(indent).Append("list ").Append(Where(list.Location)).Append('\n');
                foreach (var item in list.Items) Print(item, indent + "  ", sb);
                break;
            case PolicyMap map:
                sb.Append(indent).Append("map ").Append(Where(map.Location)).Append('\n');
                foreach (var entry in map.Entries)
                {
                    sb.Append(indent).Append("  ").Append(Scalar(entry.Key)).Append(" =>\n");
                    Print(entry.Value, indent + "    ", sb);
                }
                break;
        }
    }

    private static string Scalar(PolicyScalar s) =>
        $"{s.Kind} {JsonSerializer.Serialize(s.Value)} {Where(s.Location)}";

    /// <summary>A diagnostic as "CODE line:column".</summary>
    public static string Short(Diagnostic d) => $"{d.Code} {d.Location.Line}:{d.Location.Column}";
}
