using Policy.Runtime.Types;
using Policy.Runtime.Values;

namespace Policy.Runtime.Network;

/// <summary>A CEL <c>net.CIDR</c> value: an opaque wrapper around a <see cref="Network.Cidr"/>.</summary>
public sealed class CelCidr : CelValue
{
    private CelCidr(Cidr value) => Value = value;

    /// <summary>The range.</summary>
    public Cidr Value { get; }

    /// <summary>A value.</summary>
    public static CelCidr Of(Cidr value) => new(value);

    /// <inheritdoc/>
    public override CelKind Kind => CelKind.Opaque;
    /// <inheritdoc/>
    public override CelType Type => CelType.Cidr;
    /// <summary>
    /// Equal to another <c>net.CIDR</c> with the same address as written and the same prefix
    /// length (<c>cidr('10.0.0.1/8') != cidr('10.0.0.0/8')</c>, as in the network extension).
    /// </summary>
    public override bool CelEquals(CelValue other) => other is CelCidr c && c.Value == Value;
    /// <inheritdoc/>
    public override int CelHash() => Value.GetHashCode();
    /// <summary>The CEL source that produces this value: <c>cidr("10.0.0.0/8")</c>.</summary>
    public override string ToString() => $"cidr({CelString.Quote(Value.ToString())})";
}
