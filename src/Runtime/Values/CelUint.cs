using System.Globalization;
using Policy.Runtime.Types;

namespace Policy.Runtime.Values;

/// <summary>A CEL <c>uint</c> (64-bit unsigned).</summary>
public sealed class CelUint : CelValue
{
    private static readonly CelUint[] Cache = Enumerable.Range(0, 256).Select(i => new CelUint((ulong)i)).ToArray();

    private CelUint(ulong value) => Value = value;

    /// <summary>The value.</summary>
    public ulong Value { get; }

    /// <summary>A value; small ones are shared.</summary>
    public static CelUint Of(ulong value) => value < 256 ? Cache[value] : new CelUint(value);

    /// <inheritdoc/>
    public override CelKind Kind => CelKind.Uint;
    /// <inheritdoc/>
    public override CelType Type => CelType.Uint;
    /// <inheritdoc/>
    public override bool CelEquals(CelValue other) => Numbers.Compare(this, other) == 0;
    /// <inheritdoc/>
    public override int CelHash() => Value <= long.MaxValue ? ((long)Value).GetHashCode() : Value.GetHashCode();
    /// <inheritdoc/>
    public override int? CompareTo(CelValue other) => Numbers.Compare(this, other);
    /// <inheritdoc/>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + "u";
}
