using Policy.Runtime.Types;

namespace Policy.Runtime.Values;

/// <summary>A value of <c>optional_type(T)</c>: either empty or holding one value.</summary>
public sealed class CelOptional : CelValue
{
    /// <summary><c>optional.none()</c>.</summary>
    public static readonly CelOptional None = new(null);

    private readonly CelValue? _value;

    private CelOptional(CelValue? value) => _value = value;

    /// <summary><c>optional.of(value)</c>.</summary>
    public static CelOptional Of(CelValue value) => new(value);

    /// <summary>True when a value is present.</summary>
    public bool HasValue => _value is not null;

    /// <summary>The value; only valid when <see cref="HasValue"/>.</summary>
    public CelValue Value => _value ?? throw new InvalidOperationException("optional.none() has no value");

    /// <inheritdoc/>
    public override CelKind Kind => CelKind.Optional;
    /// <inheritdoc/>
    public override CelType Type => CelType.Optional(CelType.Dyn);
    /// <inheritdoc/>
    public override bool CelEquals(CelValue other) =>
        other is CelOptional o && (_value is null ? o._value is null : o._value is not null && _value.CelEquals(o._value));
    /// <inheritdoc/>
    public override int CelHash() => _value?.CelHash() ?? 7;
    /// <inheritdoc/>
    public override string ToString() => _value is null ? "optional.none()" : $"optional.of({_value})";
}
