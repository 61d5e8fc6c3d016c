using Policy.Runtime.Types;

namespace Policy.Runtime.Values;

/// <summary>
/// An evaluation error as a value. Errors propagate through strict functions and are absorbed
/// only by <c>&amp;&amp;</c>, <c>||</c>, <c>?:</c> and the <c>all</c>/<c>exists</c> macros.
/// </summary>
public sealed class CelError : CelValue
{
    private CelError(string message) => Message = message;

    /// <summary>What went wrong, for people.</summary>
    public string Message { get; }

    /// <summary>An error with a message.</summary>
    public static CelError Of(string message) => new(message);

    /// <summary>No overload of <paramref name="function"/> accepts the arguments.</summary>
    public static CelError NoSuchOverload(string function, params ReadOnlySpan<CelValue> args)
    {
        var kinds = new string[args.Length];
        for (var i = 0; i < args.Length; i++) kinds[i] = args[i].Type.Name;
        return new($"no such overload: {DisplayName(function)}({string.Join(", ", kinds)})");
    }

    /// <summary>A map has no entry for <paramref name="key"/>.</summary>
    public static CelError NoSuchKey(CelValue key) => new($"no such key: {key}");

    /// <summary>A value cannot be a map key.</summary>
    public static CelError UnsupportedKeyType(CelValue key) => new($"unsupported key type: {key.Type.Name}");

    /// <summary>An unknown attribute or variable.</summary>
    public static CelError NoSuchAttribute(string name) => new($"no such attribute: {name}");

    /// <summary>Integer overflow in <paramref name="operation"/>.</summary>
    public static CelError Overflow(string operation) => new($"{operation}: integer overflow");

    /// <summary>Division or modulus by zero.</summary>
    public static CelError DivideByZero(bool modulus) => new(modulus ? "modulus by zero" : "division by zero");

    /// <summary>A value outside the range of the target type.</summary>
    public static CelError Range(string what) => new($"{what}: value out of range");

    /// <summary>An index outside a list.</summary>
    public static CelError IndexOutOfRange(long index, int size) => new($"index out of range: {index} (size {size})");

    /// <summary>The user-facing form of an operator's internal function name.</summary>
    public static string DisplayName(string function) => function switch
    {
        "_+_" => "+", "_-_" => "-", "_*_" => "*", "_/_" => "/", "_%_" => "%", "-_" => "unary -",
        "!_" => "!", "_==_" => "==", "_!=_" => "!=", "_<_" => "<", "_<=_" => "<=", "_>_" => ">",
        "_>=_" => ">=", "@in" => "in", "_[_]" => "[]", "_&&_" => "&&", "_||_" => "||", "_?_:_" => "?:",
        _ => function,
    };

    /// <inheritdoc/>
    public override CelKind Kind => CelKind.Error;
    /// <inheritdoc/>
    public override CelType Type => CelType.Error;
    /// <inheritdoc/>
    public override bool CelEquals(CelValue other) => ReferenceEquals(this, other);
    /// <inheritdoc/>
    public override int CelHash() => Message.GetHashCode(StringComparison.Ordinal);
    /// <inheritdoc/>
    public override string ToString() => $"error: {Message}";
}
