using System.Text;
using Policy.Runtime.Library.Standard;
using Policy.Runtime.Traffic;
using Policy.Runtime.Values;

namespace Policy.Runtime.Policies;

/// <summary>
/// A configuration value with <c>${…}</c> interpolations: literal text and expressions. A lone
/// interpolation keeps its value's type; otherwise every part is converted to a string.
/// </summary>
public sealed class CompiledTemplate
{
    private readonly object[] _parts;

    /// <summary>Parts are <see cref="string"/> literals and <see cref="CompiledExpression"/>s.</summary>
    public CompiledTemplate(IReadOnlyList<object> parts)
    {
        _parts = [.. parts];
        if (_parts.Any(p => p is not (string or CompiledExpression)))
            throw new ArgumentException("template parts are strings and compiled expressions");
    }

    /// <summary>A template with no interpolation.</summary>
    public static CompiledTemplate Constant(string text) => new([text]);

    /// <summary>True when the value does not depend on the connection.</summary>
    public bool IsConstant => _parts.All(p => p is string);

    /// <summary>The value for a connection (an error when an interpolation fails).</summary>
    public CelValue Evaluate(ConnectionContext context)
    {
        if (_parts is [CompiledExpression lone]) return lone(context);
        if (_parts is [string only]) return CelString.Of(only);
        var sb = new StringBuilder();
        foreach (var part in _parts)
        {
            if (part is string s)
            {
                sb.Append(s);
                continue;
            }
            var v = ((CompiledExpression)part)(context);
            if (v.IsError) return v;
            sb.Append(ToText(v));
        }
        return CelString.Of(sb.ToString());
    }

    /// <summary>The value as a string (for fields that are strings).</summary>
    public CelValue EvaluateString(ConnectionContext context)
    {
        var v = Evaluate(context);
        return v is CelString or CelError ? v : CelString.Of(ToText(v));
    }

    /// <summary>How an interpolated value reads inside text: strings as they are, others in their CEL string form.</summary>
    public static string ToText(CelValue v) => v switch
    {
        CelString s => s.Value,
        CelInt i => Conversions.IntToString(i.Value),
        CelUint u => Conversions.UintToString(u.Value),
        CelDouble d => Conversions.DoubleToString(d.Value),
        CelBool b => Conversions.BoolToString(b.Value),
        CelNull => "null",
        CelTimestamp t => t.ToRfc3339(),
        CelDuration d => d.ToProtoString(),
        CelBytes b => Convert.ToBase64String(b.Span),
        _ => v.ToString(),
    };
}
