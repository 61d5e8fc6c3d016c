using System.Text;
using Policy.Runtime.Text;
using Policy.Runtime.Types;

namespace Policy.Runtime.Values;

/// <summary>A CEL <c>string</c>: Unicode code points, held as a .NET string.</summary>
public sealed class CelString : CelValue
{
    /// <summary>The empty string.</summary>
    public static readonly CelString Empty = new(string.Empty);

    private CelString(string value) => Value = value;

    /// <summary>The value.</summary>
    public string Value { get; }

    /// <summary>A value.</summary>
    public static CelString Of(string value) => value.Length == 0 ? Empty : new CelString(value);

    /// <inheritdoc/>
    public override CelKind Kind => CelKind.String;
    /// <inheritdoc/>
    public override CelType Type => CelType.String;
    /// <inheritdoc/>
    public override bool CelEquals(CelValue other) => other is CelString s && s.Value == Value;
    /// <inheritdoc/>
    public override int CelHash() => Value.GetHashCode(StringComparison.Ordinal);
    /// <inheritdoc/>
    public override int? CompareTo(CelValue other) => other is CelString s ? CodePoints.Compare(Value, s.Value) : null;
    /// <inheritdoc/>
    public override string ToString() => Quote(Value);

    /// <summary>Quotes a string as a CEL double-quoted literal.</summary>
    public static string Quote(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20) sb.Append("\\x").Append(((int)c).ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
