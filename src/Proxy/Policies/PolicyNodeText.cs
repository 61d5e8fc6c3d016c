using System.Text;
using Policy.Compiler.TrafficPolicy.Syntax;

namespace Policy.Proxy.Policies;

/// <summary>
/// A canonical text of a policy tree (values and shape, no positions), so that an inline policy
/// whose lines merely moved in the config file is recognised as unchanged on reload.
/// </summary>
public static class PolicyNodeText
{
    /// <summary>The canonical text.</summary>
    public static string Of(PolicyNode node)
    {
        var sb = new StringBuilder();
        Write(sb, node);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, PolicyNode node)
    {
        switch (node)
        {
            case PolicyMap map:
                sb.Append('{');
                foreach (var e in map.Entries)
                {
                    Scalar(sb, e.Key);
                    sb.Append(':');
                    Write(sb, e.Value);
                    sb.Append(',');
                }
                sb.Append('}');
                break;
            case PolicyList list:
                sb.Append('[');
                foreach (var item in list.Items)
                {
                    Write(sb, item);
                    sb.Append(',');
                }
                sb.Append(']');
                break;
            case PolicyScalar scalar:
                Scalar(sb, scalar);
                break;
        }
    }

    private static void Scalar(StringBuilder sb, PolicyScalar s) =>
        sb.Append((int)s.Kind).Append(':').Append(s.Value.Length).Append(':').Append(s.Value);
}
