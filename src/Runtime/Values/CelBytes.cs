using System.Text;
using Policy.Runtime.Types;

namespace Policy.Runtime.Values;

/// <summary>A CEL <c>bytes</c> value. The array is never modified after construction.</summary>
public sealed class CelBytes : CelValue
{
    /// <summary>The empty byte string.</summary>
    public static readonly CelBytes Empty = new([]);

    private readonly byte[] _value;

    private CelBytes(byte[] value) => _value = value;

    /// <summary>The bytes.</summary>
    public ReadOnlySpan<byte> Span => _value;

    /// <summary>The bytes as memory.</summary>
    public ReadOnlyMemory<byte> Memory => _value;

    /// <summary>The number of bytes.</summary>
    public int Length => _value.Length;

    /// <summary>Wraps an array that the caller will not modify afterwards.</summary>
    public static CelBytes Wrap(byte[] value) => value.Length == 0 ? Empty : new CelBytes(value);

    /// <summary>Copies a span.</summary>
    public static CelBytes Of(ReadOnlySpan<byte> value) => value.IsEmpty ? Empty : new CelBytes(value.ToArray());

    /// <summary>The UTF-8 encoding of a string.</summary>
    public static CelBytes FromString(string s) => Wrap(Encoding.UTF8.GetBytes(s));

    /// <inheritdoc/>
    public override CelKind Kind => CelKind.Bytes;
    /// <inheritdoc/>
    public override CelType Type => CelType.Bytes;
    /// <inheritdoc/>
    public override bool CelEquals(CelValue other) => other is CelBytes b && b.Span.SequenceEqual(Span);

    /// <inheritdoc/>
    public override int CelHash()
    {
        var h = new HashCode();
        h.AddBytes(_value);
        return h.ToHashCode();
    }

    /// <inheritdoc/>
    public override int? CompareTo(CelValue other) => other is CelBytes b ? Math.Sign(Span.SequenceCompareTo(b.Span)) : null;

    /// <inheritdoc/>
    public override string ToString()
    {
        var sb = new StringBuilder("b\"");
        foreach (var b in _value)
        {
            if (b is >= 0x20 and < 0x7f && b != '"' && b != '\\') sb.Append((char)b);
            else sb.Append("\\x").Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return sb.Append('"').ToString();
    }
}
