using Policy.Runtime.Types;

namespace Policy.Runtime.Values;

/// <summary>A CEL <c>bool</c>. There are exactly two instances.</summary>
public sealed class CelBool : CelValue
{
    private CelBool(bool value) => Value = value;

    /// <summary><c>true</c>.</summary>
    public static readonly CelBool True = new(true);
    /// <summary><c>false</c>.</summary>
    public static readonly CelBool False = new(false);

    /// <summary>The value.</summary>
    public bool Value { get; }

    /// <summary>The instance for <paramref name="value"/>.</summary>
    public static CelBool Of(bool value) => value ? True : False;

    /// <inheritdoc/>
    public override CelKind Kind => CelKind.Bool;
    /// <inheritdoc/>
    public override CelType Type => CelType.Bool;
    /// <inheritdoc/>
    public override bool CelEquals(CelValue other) => other is CelBool b && b.Value == Value;
    /// <inheritdoc/>
    public override int CelHash() => Value ? 1 : 2;
    /// <inheritdoc/>
    public override int? CompareTo(CelValue other) => other is CelBool b ? Value.CompareTo(b.Value) : null;
    /// <inheritdoc/>
    public override string ToString() => Value ? "true" : "false";
}
