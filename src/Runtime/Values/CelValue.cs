using Policy.Runtime.Types;

namespace Policy.Runtime.Values;

/// <summary>
/// A CEL value at run time. Errors are values too (<see cref="CelError"/>): evaluation never
/// throws for user input; an error flows through <c>&amp;&amp;</c>, <c>||</c> and <c>?:</c> as the
/// CEL specification says.
/// </summary>
public abstract class CelValue
{
    /// <summary>The run-time kind.</summary>
    public abstract CelKind Kind { get; }

    /// <summary>The CEL type of this value, as <c>type(x)</c> reports it.</summary>
    public abstract CelType Type { get; }

    /// <summary>True for <see cref="CelError"/>.</summary>
    public bool IsError => Kind == CelKind.Error;

    /// <summary>CEL equality (<c>==</c>) with a value that is not an error.</summary>
    public abstract bool CelEquals(CelValue other);

    /// <summary>A hash consistent with <see cref="CelEquals"/> across numeric kinds.</summary>
    public abstract int CelHash();

    /// <summary>
    /// CEL ordering: negative, zero or positive; <see langword="null"/> when the two values have
    /// no order (different kinds, lists, maps, NaN).
    /// </summary>
    public virtual int? CompareTo(CelValue other) => null;

    /// <summary>Renders the value as CEL source text (for messages and debugging).</summary>
    public abstract override string ToString();

    /// <inheritdoc/>
    public sealed override bool Equals(object? obj) => obj is CelValue v && !v.IsError && !IsError && CelEquals(v);

    /// <inheritdoc/>
    public sealed override int GetHashCode() => CelHash();
}
