using System.Collections.Immutable;
using System.Reflection;
using Policy.Runtime.Types;
using Policy.Runtime.Values;

namespace Policy.Runtime.Functions;

/// <summary>
/// One signature of a function, with its implementation. The checker reads the signature, the
/// interpreter calls <see cref="Invoke"/>, and the C# emitter calls <see cref="Method"/> directly,
/// so every backend runs the same code.
/// </summary>
public sealed class Overload
{
    private readonly Func<CelValue[], CelValue>? _invoke;
    private readonly Func<CelValue, bool>[] _accepts;

    private Overload(string id, bool isInstance, ImmutableArray<CelType> parameters, CelType result,
        Delegate? implementation, Func<CelValue[], CelValue>? invoke, Func<CelValue, bool>[] accepts)
    {
        Id = id;
        IsInstance = isInstance;
        Parameters = parameters;
        Result = result;
        Implementation = implementation;
        _invoke = invoke;
        _accepts = accepts;
    }

    /// <summary>A stable identifier, such as <c>add_int64</c> or <c>string_starts_with_string</c>.</summary>
    public string Id { get; }

    /// <summary>True for receiver style (<c>s.startsWith(p)</c>); the receiver is the first parameter.</summary>
    public bool IsInstance { get; }

    /// <summary>Parameter types, receiver first.</summary>
    public ImmutableArray<CelType> Parameters { get; }

    /// <summary>The result type.</summary>
    public CelType Result { get; }

    /// <summary>The implementing static method's delegate, or null for a declaration without one.</summary>
    public Delegate? Implementation { get; }

    /// <summary>The implementing static method, which generated code calls directly.</summary>
    public MethodInfo? Method => Implementation?.Method is { IsStatic: true } m ? m : null;

    /// <summary>True when an implementation exists.</summary>
    public bool HasImplementation => _invoke is not null;

    /// <summary>True when every argument has the run-time kind this overload takes.</summary>
    public bool Accepts(ReadOnlySpan<CelValue> args)
    {
        if (args.Length != _accepts.Length) return false;
        for (var i = 0; i < args.Length; i++)
            if (!_accepts[i](args[i])) return false;
        return true;
    }

    /// <summary>Calls the implementation with arguments it <see cref="Accepts"/>.</summary>
    public CelValue Invoke(CelValue[] args) =>
        _invoke is null ? CelError.Of($"no implementation for overload {Id}") : _invoke(args);

    /// <summary>A global function of one argument.</summary>
    public static Overload Global<TA, TR>(string id, CelType a, CelType result, Func<TA, TR> impl) =>
        new(id, false, [a], result, impl, args => Marshal<TR>.To(impl(Marshal<TA>.From(args[0]))), [Marshal<TA>.Accepts]);

    /// <summary>A global function of two arguments.</summary>
    public static Overload Global<TA, TB, TR>(string id, CelType a, CelType b, CelType result, Func<TA, TB, TR> impl) =>
        new(id, false, [a, b], result, impl,
            args => Marshal<TR>.To(impl(Marshal<TA>.From(args[0]), Marshal<TB>.From(args[1]))),
            [Marshal<TA>.Accepts, Marshal<TB>.Accepts]);

    /// <summary>A global function of three arguments.</summary>
    public static Overload Global<TA, TB, TC, TR>(string id, CelType a, CelType b, CelType c, CelType result, Func<TA, TB, TC, TR> impl) =>
        new(id, false, [a, b, c], result, impl,
            args => Marshal<TR>.To(impl(Marshal<TA>.From(args[0]), Marshal<TB>.From(args[1]), Marshal<TC>.From(args[2]))),
            [Marshal<TA>.Accepts, Marshal<TB>.Accepts, Marshal<TC>.Accepts]);

    /// <summary>A global function with no arguments.</summary>
    public static Overload Global<TR>(string id, CelType result, Func<TR> impl) =>
        new(id, false, [], result, impl, _ => Marshal<TR>.To(impl()), []);

    /// <summary>A receiver-style function with no other arguments (<c>s.size()</c>).</summary>
    public static Overload Member<TA, TR>(string id, CelType receiver, CelType result, Func<TA, TR> impl) =>
        Global(id, receiver, result, impl).AsMember();

    /// <summary>A receiver-style function with one argument.</summary>
    public static Overload Member<TA, TB, TR>(string id, CelType receiver, CelType b, CelType result, Func<TA, TB, TR> impl) =>
        Global(id, receiver, b, result, impl).AsMember();

    /// <summary>A receiver-style function with two arguments.</summary>
    public static Overload Member<TA, TB, TC, TR>(string id, CelType receiver, CelType b, CelType c, CelType result, Func<TA, TB, TC, TR> impl) =>
        Global(id, receiver, b, c, result, impl).AsMember();

    /// <summary>
    /// An overload whose implementation takes the argument values as they are (for functions of
    /// four or more arguments, or whose arguments need run-time inspection).
    /// </summary>
    public static Overload Dynamic(string id, bool isInstance, CelType[] parameters, CelType result, Func<CelValue[], CelValue> impl) =>
        new(id, isInstance, [.. parameters], result, impl, impl, parameters.Select(AcceptsType).ToArray());

    /// <summary>A signature without an implementation (declared for the checker only).</summary>
    public static Overload Declared(string id, bool isInstance, CelType[] parameters, CelType result) =>
        new(id, isInstance, [.. parameters], result, null, null, parameters.Select(AcceptsType).ToArray());

    private Overload AsMember() => new(Id, true, Parameters, Result, Implementation, _invoke, _accepts);

    /// <summary>The run-time test for a parameter declared with a CEL type.</summary>
    private static Func<CelValue, bool> AcceptsType(CelType t) => t.Kind switch
    {
        TypeKind.Int => v => v.Kind == CelKind.Int,
        TypeKind.Uint => v => v.Kind == CelKind.Uint,
        TypeKind.Double => v => v.Kind == CelKind.Double,
        TypeKind.Bool => v => v.Kind == CelKind.Bool,
        TypeKind.String => v => v.Kind == CelKind.String,
        TypeKind.Bytes => v => v.Kind == CelKind.Bytes,
        TypeKind.List => v => v.Kind == CelKind.List,
        TypeKind.Map => v => v.Kind == CelKind.Map,
        TypeKind.Timestamp => v => v.Kind == CelKind.Timestamp,
        TypeKind.Duration => v => v.Kind == CelKind.Duration,
        TypeKind.Null => v => v.Kind == CelKind.Null,
        TypeKind.Type => v => v.Kind == CelKind.Type,
        TypeKind.Opaque when t.IsOptional => v => v.Kind == CelKind.Optional,
        TypeKind.Opaque => v => v.Type.Name == t.Name,
        _ => _ => true,
    };

    /// <inheritdoc/>
    public override string ToString()
    {
        var ps = IsInstance
            ? $"{Parameters[0]}.({string.Join(", ", Parameters.Skip(1))})"
            : $"({string.Join(", ", Parameters)})";
        return $"{Id}: {ps} -> {Result}";
    }
}
