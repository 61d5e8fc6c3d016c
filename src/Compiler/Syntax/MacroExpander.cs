using Policy.Compiler.Diagnostics;
using Policy.Runtime.Values;

namespace Policy.Compiler.Syntax;

/// <summary>
/// Expands CEL's macros while parsing, so later phases only see the small node set:
/// <c>has</c>, <c>all</c>, <c>exists</c>, <c>exists_one</c>, <c>map</c>, <c>filter</c>, the
/// two-variable forms (<c>all</c>, <c>exists</c>, <c>existsOne</c>, <c>transformList</c>,
/// <c>transformMap</c>, <c>transformMapEntry</c>), <c>cel.bind</c>, <c>cel.block</c> (with
/// <c>cel.index</c>, <c>cel.iterVar</c>, <c>cel.accuVar</c>), <c>optMap</c>, <c>optFlatMap</c>,
/// <c>math.greatest</c>, <c>math.least</c> and <c>sortBy</c>.
/// </summary>
public sealed partial class MacroExpander(ExprFactory factory)
{
    /// <summary>The accumulator variable of expanded comprehensions (not a valid identifier, so it cannot clash).</summary>
    public const string AccumulatorName = "@result";

    /// <summary>The outcome of trying to expand a call.</summary>
    public readonly record struct Expansion(Expr? Result, string? Error, TextSpan ErrorSpan)
    {
        /// <summary>True when the call is a macro (expanded, or rejected with an error).</summary>
        public bool IsMacro => Result is not null || Error is not null;
    }

    private static readonly Expansion NotAMacro = default;

    /// <summary>
    /// Expands the call <paramref name="name"/>(<paramref name="args"/>) on
    /// <paramref name="target"/> when it is a macro; otherwise returns an expansion with neither
    /// result nor error.
    /// </summary>
    public Expansion TryExpand(TextSpan span, Expr? target, string name, IReadOnlyList<Expr> args)
    {
        // Namespaced global macros (cel.bind, math.greatest) parse as receiver calls on a name.
        if (target is not null && QualifiedName(target) is { } qualifier)
        {
            var global = ExpandGlobal(span, qualifier + "." + name, args);
            if (global.IsMacro) return global;
        }
        return target is null ? ExpandGlobal(span, name, args) : ExpandReceiver(span, target, name, args);
    }

    private Expansion ExpandGlobal(TextSpan span, string name, IReadOnlyList<Expr> args) => (name, args.Count) switch
    {
        ("has", 1) => Has(span, args[0]),
        ("cel.bind", 3) => Bind(span, args[0], args[1], args[2]),
        ("cel.block", 2) => Block(span, args[0], args[1]),
        ("cel.index", 1) => BlockIndex(span, args[0]),
        ("cel.iterVar", 2) => BlockVariable(span, "@it", args),
        ("cel.accuVar", 2) => BlockVariable(span, "@ac", args),
        ("math.greatest", _) => Extremum(span, "math.greatest", "math.@max", args),
        ("math.least", _) => Extremum(span, "math.least", "math.@min", args),
        _ => NotAMacro,
    };

    private Expansion ExpandReceiver(TextSpan span, Expr target, string name, IReadOnlyList<Expr> args) => (name, args.Count) switch
    {
        ("all", 2) => All(span, target, args[0], null, args[1]),
        ("all", 3) => All(span, target, args[0], args[1], args[2]),
        ("exists", 2) => Exists(span, target, args[0], null, args[1]),
        ("exists", 3) => Exists(span, target, args[0], args[1], args[2]),
        ("exists_one", 2) or ("existsOne", 2) => ExistsOne(span, target, args[0], null, args[1]),
        ("exists_one", 3) or ("existsOne", 3) => ExistsOne(span, target, args[0], args[1], args[2]),
        ("map", 2) => Map(span, target, args[0], null, args[1]),
        ("map", 3) => Map(span, target, args[0], args[1], args[2]),
        ("filter", 2) => Filter(span, target, args[0], args[1]),
        ("transformList", 3) => TransformList(span, target, args[0], args[1], null, args[2]),
        ("transformList", 4) => TransformList(span, target, args[0], args[1], args[2], args[3]),
        ("transformMap", 3) => TransformMap(span, target, args[0], args[1], null, args[2], entry: false),
        ("transformMap", 4) => TransformMap(span, target, args[0], args[1], args[2], args[3], entry: false),
        ("transformMapEntry", 3) => TransformMap(span, target, args[0], args[1], null, args[2], entry: true),
        ("transformMapEntry", 4) => TransformMap(span, target, args[0], args[1], args[2], args[3], entry: true),
        ("optMap", 2) => OptMap(span, target, args[0], args[1], flat: false),
        ("optFlatMap", 2) => OptMap(span, target, args[0], args[1], flat: true),
        ("sortBy", 2) => SortBy(span, target, args[0], args[1]),
        _ => NotAMacro,
    };

    /// <summary>The dotted name an ident or chain of selections spells, if it is one.</summary>
    public static string? QualifiedName(Expr e) => e switch
    {
        IdentExpr i => i.Name,
        SelectExpr { TestOnly: false } s when QualifiedName(s.Operand) is { } q => q + "." + s.Field,
        _ => null,
    };

    private static Expansion Fail(Expr at, string message) => new(null, message, at.Span);

    private static Expansion Ok(Expr e) => new(e, null, default);

    private Expansion Has(TextSpan span, Expr arg) =>
        arg is SelectExpr { TestOnly: false } s
            ? Ok(factory.Select(span, s.Operand, s.Field, testOnly: true))
            : Fail(arg, "invalid argument to has() macro: expected a field selection such as has(m.f)");

    /// <summary>An iteration variable must be a plain name.</summary>
    private static bool TryVariable(Expr e, out string name)
    {
        name = e is IdentExpr { Name: var n } && !n.StartsWith('.') ? n : "";
        return name.Length > 0;
    }

    private Expansion Variables(string macro, Expr v1, Expr? v2, out string first, out string? second)
    {
        second = null;
        if (!TryVariable(v1, out first)) return Fail(v1, $"{macro}() macro: the iteration variable must be a simple name");
        if (v2 is null) return NotAMacro;
        if (!TryVariable(v2, out var s)) return Fail(v2, $"{macro}() macro: the iteration variable must be a simple name");
        if (s == first) return Fail(v2, $"{macro}() macro: the two iteration variables must have different names");
        second = s;
        return NotAMacro;
    }

    private Expr Accu(TextSpan span) => factory.Ident(span, AccumulatorName);

    private Expr Bool(TextSpan span, bool value) => factory.Constant(span, CelBool.Of(value));

    private Expansion All(TextSpan span, Expr range, Expr v1, Expr? v2, Expr predicate)
    {
        var vars = Variables("all", v1, v2, out var x, out var y);
        if (vars.IsMacro) return vars;
        var condition = factory.Call(span, Operators.NotStrictlyFalse, Accu(span));
        var step = factory.Call(span, Operators.LogicalAnd, Accu(span), predicate);
        return Ok(factory.Comprehension(span, x, y, range, AccumulatorName, Bool(span, true), condition, step, Accu(span)));
    }

    private Expansion Exists(TextSpan span, Expr range, Expr v1, Expr? v2, Expr predicate)
    {
        var vars = Variables("exists", v1, v2, out var x, out var y);
        if (vars.IsMacro) return vars;
        var condition = factory.Call(span, Operators.NotStrictlyFalse, factory.Call(span, Operators.LogicalNot, Accu(span)));
        var step = factory.Call(span, Operators.LogicalOr, Accu(span), predicate);
        return Ok(factory.Comprehension(span, x, y, range, AccumulatorName, Bool(span, false), condition, step, Accu(span)));
    }

    private Expansion ExistsOne(TextSpan span, Expr range, Expr v1, Expr? v2, Expr predicate)
    {
        var vars = Variables("exists_one", v1, v2, out var x, out var y);
        if (vars.IsMacro) return vars;
        var zero = factory.Constant(span, CelInt.Of(0));
        var step = factory.Call(span, Operators.Conditional, predicate,
            factory.Call(span, Operators.Add, Accu(span), factory.Constant(span, CelInt.Of(1))), Accu(span));
        var result = factory.Call(span, Operators.Equal, Accu(span), factory.Constant(span, CelInt.Of(1)));
        return Ok(factory.Comprehension(span, x, y, range, AccumulatorName, zero, Bool(span, true), step, result));
    }

    private Expansion Map(TextSpan span, Expr range, Expr v1, Expr? filter, Expr transform)
    {
        var vars = Variables("map", v1, null, out var x, out _);
        if (vars.IsMacro) return vars;
        return Ok(AppendLoop(span, range, x, null, filter, transform));
    }

    private Expansion Filter(TextSpan span, Expr range, Expr v1, Expr predicate)
    {
        var vars = Variables("filter", v1, null, out var x, out _);
        if (vars.IsMacro) return vars;
        return Ok(AppendLoop(span, range, x, null, predicate, factory.Ident(v1.Span, x)));
    }

    private Expansion TransformList(TextSpan span, Expr range, Expr v1, Expr v2, Expr? filter, Expr transform)
    {
        var vars = Variables("transformList", v1, v2, out var x, out var y);
        if (vars.IsMacro) return vars;
        return Ok(AppendLoop(span, range, x, y, filter, transform));
    }

    /// <summary>A fold that appends <paramref name="element"/> to a list, when <paramref name="filter"/> holds.</summary>
    private ComprehensionExpr AppendLoop(TextSpan span, Expr range, string x, string? y, Expr? filter, Expr element)
    {
        Expr step = factory.Call(span, Operators.Add, Accu(span), factory.List(span, [element]));
        if (filter is not null) step = factory.Call(span, Operators.Conditional, filter, step, Accu(span));
        return factory.Comprehension(span, x, y, range, AccumulatorName, factory.List(span, []), Bool(span, true), step, Accu(span));
    }

    private Expansion TransformMap(TextSpan span, Expr range, Expr v1, Expr v2, Expr? filter, Expr transform, bool entry)
    {
        var macro = entry ? "transformMapEntry" : "transformMap";
        var vars = Variables(macro, v1, v2, out var k, out var v);
        if (vars.IsMacro) return vars;
        Expr step = entry
            ? factory.Call(span, "cel.@mapInsert", Accu(span), transform)
            : factory.Call(span, "cel.@mapInsert", Accu(span), factory.Ident(v1.Span, k), transform);
        if (filter is not null) step = factory.Call(span, Operators.Conditional, filter, step, Accu(span));
        return Ok(factory.Comprehension(span, k, v, range, AccumulatorName, factory.Map(span, []), Bool(span, true), step, Accu(span)));
    }

    /// <summary><c>cel.bind(x, init, body)</c>: a comprehension over nothing whose accumulator is x.</summary>
    private Expansion Bind(TextSpan span, Expr variable, Expr init, Expr body)
    {
        if (!TryVariable(variable, out var x)) return Fail(variable, "cel.bind() macro: the variable must be a simple name");
        return Ok(BindExpr(span, x, init, body));
    }

    private ComprehensionExpr BindExpr(TextSpan span, string name, Expr init, Expr body) =>
        factory.Comprehension(span, "#unused", null, factory.List(span, []), name, init, Bool(span, false), factory.Ident(span, name), body);
}
