using Policy.Compiler.Diagnostics;
using Policy.Runtime.Values;

namespace Policy.Compiler.Syntax;

public sealed partial class MacroExpander
{
    /// <summary>
    /// <c>cel.block([e0, e1, …], body)</c>: each slot is bound in turn (later slots may refer to
    /// earlier ones as <c>cel.index(i)</c>), then the body is evaluated.
    /// </summary>
    private Expansion Block(TextSpan span, Expr slots, Expr body)
    {
        if (slots is not ListExpr list || list.OptionalIndices.Count > 0)
            return Fail(slots, "cel.block() macro: the first argument must be a list literal of expressions");
        var result = body;
        for (var i = list.Elements.Count - 1; i >= 0; i--)
            result = BindExpr(span, "@index" + i, list.Elements[i], result);
        return Ok(result);
    }

    private Expansion BlockIndex(TextSpan span, Expr index) =>
        index is ConstantExpr { Value: CelInt { Value: >= 0 } i }
            ? Ok(factory.Ident(span, "@index" + i.Value))
            : Fail(index, "cel.index() macro: the argument must be a non-negative int literal");

    private Expansion BlockVariable(TextSpan span, string prefix, IReadOnlyList<Expr> args) =>
        args[0] is ConstantExpr { Value: CelInt { Value: >= 0 } d } && args[1] is ConstantExpr { Value: CelInt { Value: >= 0 } u }
            ? Ok(factory.Ident(span, $"{prefix}:{d.Value}:{u.Value}"))
            : Fail(args[0], "cel.iterVar()/cel.accuVar() macro: the arguments must be non-negative int literals");

    /// <summary>
    /// <c>math.greatest(…)</c> / <c>math.least(…)</c>: one argument (a number or a list), two
    /// arguments, or several (gathered into a list) become a call of the runtime function.
    /// </summary>
    private Expansion Extremum(TextSpan span, string macro, string function, IReadOnlyList<Expr> args)
    {
        if (args.Count == 0) return new(null, $"{macro}() requires at least one argument", span);
        foreach (var a in args)
        {
            var invalid = a switch
            {
                ConstantExpr { Value: CelInt or CelUint or CelDouble } => false,
                ConstantExpr => true,
                MapExpr or StructExpr => true,
                ListExpr when args.Count > 1 => true,
                _ => false,
            };
            if (invalid) return Fail(a, $"{macro}() invalid argument: expected numbers or a list of numbers");
        }
        return args.Count <= 2
            ? Ok(factory.Call(span, function, [.. args]))
            : Ok(factory.Call(span, function, factory.List(span, [.. args])));
    }

    /// <summary><c>o.optMap(x, t)</c> and <c>o.optFlatMap(x, t)</c>.</summary>
    private Expansion OptMap(TextSpan span, Expr target, Expr variable, Expr transform, bool flat)
    {
        var macro = flat ? "optFlatMap" : "optMap";
        if (!TryVariable(variable, out var x)) return Fail(variable, $"{macro}() macro: the variable must be a simple name");
        var hasValue = factory.MemberCall(span, target, "hasValue");
        Expr mapped = BindExpr(span, x, factory.MemberCall(span, target, "value"), transform);
        if (!flat) mapped = factory.Call(span, "optional.of", mapped);
        var none = factory.Call(span, "optional.none");
        return Ok(factory.Call(span, Operators.Conditional, hasValue, mapped, none));
    }

    /// <summary><c>l.sortBy(x, key)</c>: sort the list by the keys computed for its elements.</summary>
    private Expansion SortBy(TextSpan span, Expr target, Expr variable, Expr key)
    {
        if (!TryVariable(variable, out var x)) return Fail(variable, "sortBy() macro: the variable must be a simple name");
        const string input = "@sortBy_input";
        var keys = AppendLoop(span, factory.Ident(span, input), x, null, null, key);
        var sorted = factory.MemberCall(span, factory.Ident(span, input), "@sortByAssociatedKeys", keys);
        return Ok(BindExpr(span, input, target, sorted));
    }
}
