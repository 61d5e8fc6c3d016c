using Policy.Runtime.Library.Standard;
using Policy.Runtime.Values;

namespace Policy.Runtime.Library.Optional;

/// <summary>The optional-values extension: construction, access and optional selection/indexing.</summary>
public static class OptionalFunctions
{
    /// <summary><c>optional.of(v)</c>.</summary>
    public static CelValue Of(CelValue v) => CelOptional.Of(v);

    /// <summary><c>optional.ofNonZeroValue(v)</c>: empty for null, false, 0, 0u, 0.0, '', b'', [], {} and an empty optional.</summary>
    public static CelValue OfNonZeroValue(CelValue v) => IsZero(v) ? CelOptional.None : CelOptional.Of(v);

    /// <summary><c>optional.none()</c>.</summary>
    public static CelValue None() => CelOptional.None;

    /// <summary><c>o.hasValue()</c>.</summary>
    public static bool HasValue(CelOptional o) => o.HasValue;

    /// <summary><c>o.value()</c>: an error for an empty optional.</summary>
    public static CelValue Value(CelOptional o) => o.HasValue ? o.Value : CelError.Of("optional.none() dereference");

    /// <summary><c>o.or(other)</c>.</summary>
    public static CelValue Or(CelOptional o, CelOptional other) => o.HasValue ? o : other;

    /// <summary><c>o.orValue(v)</c>.</summary>
    public static CelValue OrValue(CelOptional o, CelValue v) => o.HasValue ? o.Value : v;

    /// <summary>
    /// <c>x.?f</c>: an optional holding the field when present; empty when absent or when
    /// <paramref name="operand"/> is itself an empty optional.
    /// </summary>
    public static CelValue SelectOptional(CelValue operand, string field) => operand switch
    {
        CelOptional { HasValue: false } => CelOptional.None,
        CelOptional o => SelectOptional(o.Value, field),
        CelMap m => m.TryGetValue(CelString.Of(field), out var v) ? CelOptional.Of(v) : CelOptional.None,
        _ => CelError.Of($"type '{operand.Type.Name}' does not support field selection"),
    };

    /// <summary><c>x[?k]</c>: an optional holding the element when present.</summary>
    public static CelValue IndexOptional(CelValue container, CelValue key)
    {
        switch (container)
        {
            case CelOptional { HasValue: false }:
                return CelOptional.None;
            case CelOptional o:
                return IndexOptional(o.Value, key);
            case CelList l:
                if (!Numbers.TryGetInt64(key, out var i))
                    return key.Kind is CelKind.Int or CelKind.Uint or CelKind.Double ? CelError.Of($"invalid list index: {key}") : CelError.NoSuchOverload("_[?_]", container, key);
                return i >= 0 && i < l.Count ? CelOptional.Of(l[(int)i]) : CelOptional.None;
            case CelMap m:
                return m.TryGetValue(key, out var v) ? CelOptional.Of(v) : CelOptional.None;
            default:
                return CelError.NoSuchOverload("_[?_]", container, key);
        }
    }

    /// <summary><c>opt[k]</c> on an optional container: an optional result.</summary>
    public static CelValue IndexOnOptional(CelOptional container, CelValue key) => IndexOptional(container, key);

    /// <summary>Selection <c>opt.f</c> on an optional operand: an optional result.</summary>
    public static CelValue SelectOnOptional(CelOptional operand, string field) => SelectOptional(operand, field);

    /// <summary><c>has(opt.f)</c> on an optional operand.</summary>
    public static CelValue HasOnOptional(CelOptional operand, string field) =>
        operand.HasValue ? Relations.HasField(operand.Value, field) : CelBool.False;

    private static bool IsZero(CelValue v) => v switch
    {
        CelNull => true,
        CelBool b => !b.Value,
        CelInt i => i.Value == 0,
        CelUint u => u.Value == 0,
        CelDouble d => d.Value == 0,
        CelString s => s.Value.Length == 0,
        CelBytes b => b.Length == 0,
        CelList l => l.Count == 0,
        CelMap m => m.Count == 0,
        CelOptional o => !o.HasValue,
        CelDuration d => d.TotalNanoseconds == 0,
        CelTimestamp t => t.Seconds == 0 && t.Nanos == 0,
        _ => false,
    };
}
