using Policy.Runtime.Types;

namespace Policy.Runtime.Values;

/// <summary>The CEL <c>null</c> value.</summary>
public sealed class CelNull : CelValue
{
    private CelNull() { }

    /// <summary>The only instance.</summary>
    public static readonly CelNull Instance = new();

    /// <inheritdoc/>
    public override CelKind Kind => CelKind.Null;
    /// <inheritdoc/>
    public override CelType Type => CelType.Null;
    /// <inheritdoc/>
    public override bool CelEquals(CelValue other) => other.Kind == CelKind.Null;
    /// <inheritdoc/>
    public override int CelHash() => 0;
    /// <inheritdoc/>
    public override string ToString() => "null";
}
