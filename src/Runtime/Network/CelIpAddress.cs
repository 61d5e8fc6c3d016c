using Policy.Runtime.Types;
using Policy.Runtime.Values;

namespace Policy.Runtime.Network;

/// <summary>A CEL <c>net.IP</c> value: an opaque wrapper around an <see cref="IpAddress"/>.</summary>
public sealed class CelIpAddress : CelValue
{
    private CelIpAddress(IpAddress value) => Value = value;

    /// <summary>The address.</summary>
    public IpAddress Value { get; }

    /// <summary>A value.</summary>
    public static CelIpAddress Of(IpAddress value) => new(value);

    /// <inheritdoc/>
    public override CelKind Kind => CelKind.Opaque;
    /// <inheritdoc/>
    public override CelType Type => CelType.IpAddress;
    /// <summary>Equal to another <c>net.IP</c> with the same address; never equal to a string.</summary>
    public override bool CelEquals(CelValue other) => other is CelIpAddress ip && ip.Value == Value;
    /// <inheritdoc/>
    public override int CelHash() => Value.GetHashCode();
    /// <summary>The CEL source that produces this value: <c>ip("10.0.0.1")</c>.</summary>
    public override string ToString() => $"ip({CelString.Quote(Value.ToString())})";
}
