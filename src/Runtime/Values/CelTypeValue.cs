using Policy.Runtime.Types;

namespace Policy.Runtime.Values;

/// <summary>
/// A type as a value (<c>int</c>, <c>type(1)</c>). Type values compare by name only, so
/// <c>type([1]) == list</c>.
/// </summary>
public sealed class CelTypeValue : CelValue
{
    private CelTypeValue(CelType type) => Denoted = type;

    /// <summary>The type this value denotes.</summary>
    public CelType Denoted { get; }

    /// <summary>The type's name, such as <c>list</c> or <c>google.protobuf.Timestamp</c>.</summary>
    public string Name => Denoted.Name;

    /// <summary>The type value for <paramref name="type"/>.</summary>
    public static CelTypeValue Of(CelType type) => new(type);

    /// <inheritdoc/>
    public override CelKind Kind => CelKind.Type;
    /// <inheritdoc/>
    public override CelType Type => CelType.Type(Denoted);
    /// <inheritdoc/>
    public override bool CelEquals(CelValue other) => other is CelTypeValue t && t.Name == Name;
    /// <inheritdoc/>
    public override int CelHash() => Name.GetHashCode(StringComparison.Ordinal);
    /// <inheritdoc/>
    public override string ToString() => Name;
}
