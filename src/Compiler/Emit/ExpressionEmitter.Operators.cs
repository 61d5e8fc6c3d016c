using Policy.Compiler.Syntax;
using Policy.Runtime.Network;
using Policy.Runtime.Text;
using Policy.Runtime.Values;

namespace Policy.Compiler.Emit;

internal sealed partial class ExpressionEmitter
{
    private const string CodePointsType = "global::Policy.Runtime.Text.CodePoints";

    /// <summary>Operators on typed primitives become plain C# (with CEL's overflow and division rules).</summary>
    private Emitted? TryOperator(string function, List<Emitted> args)
    {
        if (args.Count == 1)
        {
            var a = args[0];
            return (function, a.Rep) switch
            {
                // The operand may be an inlined literal such as "-1.5d"; without parentheses a
                // double negation would read as C#'s decrement operator.
                (Operators.LogicalNot, Rep.Bool) => TypedCall(args, Rep.Bool, _ => $"!({a.Code})", false),
                (Operators.Negate, Rep.Double) => TypedCall(args, Rep.Double, _ => $"-({a.Code})", false),
                (Operators.Negate, Rep.Int) => TypedCall(args, Rep.Int, v => $"{S}NegateInt({a.Code}, out {v})", true),
                _ => null,
            };
        }
        if (args.Count != 2 || args[0].Rep != args[1].Rep || args[0].Rep == Rep.Value) return null;
        var (l, r, rep) = (args[0].Code, args[1].Code, args[0].Rep);
        switch (function)
        {
            case Operators.Equal:
                return TypedCall(args, Rep.Bool, _ => $"{l} == {r}", false);
            case Operators.NotEquals:
                return TypedCall(args, Rep.Bool, _ => $"{l} != {r}", false);
            case Operators.Less or Operators.LessEquals or Operators.Greater or Operators.GreaterEquals:
            {
                var op = function switch { Operators.Less => "<", Operators.LessEquals => "<=", Operators.Greater => ">", _ => ">=" };
                return rep switch
                {
                    Rep.String => TypedCall(args, Rep.Bool, _ => $"{CodePointsType}.Compare({l}, {r}) {op} 0", false),
                    Rep.Bool => TypedCall(args, Rep.Bool, _ => $"{l}.CompareTo({r}) {op} 0", false),
                    _ => TypedCall(args, Rep.Bool, _ => $"{l} {op} {r}", false),
                };
            }
            case Operators.Add or Operators.Subtract or Operators.Multiply or Operators.Divide or Operators.Modulo:
                return Arithmetic(function, args, rep, l, r);
            default:
                return null;
        }
    }

    private Emitted? Arithmetic(string function, List<Emitted> args, Rep rep, string l, string r)
    {
        var name = function switch
        {
            Operators.Add => "Add", Operators.Subtract => "Subtract", Operators.Multiply => "Multiply",
            Operators.Divide => "Divide", _ => "Modulo",
        };
        switch (rep)
        {
            case Rep.Int or Rep.Uint:
                var kind = rep == Rep.Int ? "Int" : "Uint";
                return TypedCall(args, rep, v => $"{S}{name}{kind}({l}, {r}, out {v})", true);
            case Rep.Double when function != Operators.Modulo:
                var op = function switch { Operators.Add => "+", Operators.Subtract => "-", Operators.Multiply => "*", _ => "/" };
                return TypedCall(args, Rep.Double, _ => $"{l} {op} {r}", false);
            case Rep.String when function == Operators.Add:
                return TypedCall(args, Rep.String, _ => $"string.Concat({l}, {r})", false);
            default:
                return null;
        }
    }

    /// <summary>
    /// Calls whose constant arguments are turned into a prepared structure once, when the class
    /// loads: membership in a literal list of strings (a hash set), <c>matches</c> with a literal
    /// pattern (a deterministic automaton written out as code, or else a linear-time regex), and CIDR tests against literal ranges (a sorted range
    /// set); and <c>size(s.split(sep))</c>, which counts the parts without building the list.
    /// </summary>
    private Emitted? TryConstantSpecialization(CallExpr e)
    {
        var strings = (Expr x) => x is ListExpr { OptionalIndices.Count: 0 } list && list.Elements.All(el => el is ConstantExpr { Value: CelString })
            ? list.Elements.Select(el => ((CelString)((ConstantExpr)el).Value).Value).ToArray()
            : null;

        switch (e.Function)
        {
            case Operators.In when e.Args.Count == 2 && RepOf(TypeOf(e.Args[0])) == Rep.String && strings(e.Args[1]) is { } members:
            {
                var set = _class.Field("global::System.Collections.Generic.HashSet<string>",
                    $"new global::System.Collections.Generic.HashSet<string>(new string[] {{ {string.Join(", ", members.Select(CSharp.Literal))} }}, global::System.StringComparer.Ordinal)");
                var value = AsRep(Emit(e.Args[0]), Rep.String);
                return TypedCall([value], Rep.Bool, _ => $"{set}.Contains({value.Code})", false);
            }
            case "matches" when MatchesArguments(e) is var (textExpr, pattern) && _class.Matcher(pattern) is { } matcher:
            {
                var text = AsRep(Emit(textExpr), Rep.String);
                return TypedCall([text], Rep.Bool, _ => $"{matcher}({text.Code})", false);
            }
            case "matches" when MatchesArguments(e) is var (textExpr, pattern) && Re2Regex.TryTranslate(pattern, out _, out _):
            {
                var field = _class.Field("global::Policy.Runtime.Text.Re2Pattern", $"global::Policy.Runtime.Text.Re2Regex.Get({CSharp.Literal(pattern)})");
                var text = AsRep(Emit(textExpr), Rep.String);
                return TypedCall([text], Rep.Bool, v => $"{S}Match({field}, {text.Code}, out {v})", true);
            }
            case "size" when SplitOperands(e) is var (text, separator):
            {
                var t = AsRep(Emit(text), Rep.String);
                var sep = AsRep(Emit(separator), Rep.String);
                return TypedCall([t, sep], Rep.Int, _ => $"global::Policy.Runtime.Library.Strings.StringFunctions.SplitCount({t.Code}, {sep.Code})", false);
            }
            case "inCidrRanges" when e.Target is null && e.Args.Count == 2 && strings(e.Args[1]) is { } cidrs:
                return CidrTest(e.Args[0], cidrs);
            case "inCidrRange" when e.Target is null && e.Args.Count == 2 && e.Args[1] is ConstantExpr { Value: CelString cidr }:
                return Cidr.TryParse(cidr.Value, out _) ? CidrTest(e.Args[0], [cidr.Value]) : null;
            default:
                return null;
        }
    }

    private Emitted CidrTest(Expr ip, string[] cidrs)
    {
        var set = _class.Field("global::Policy.Runtime.Network.CidrSet",
            $"{S}CidrSetOf({string.Join(", ", cidrs.Select(CSharp.Literal))})");
        var address = AsRep(Emit(ip), Rep.String);
        return TypedCall([address], Rep.Bool, _ => $"global::Policy.Runtime.Network.NgrokIpFunctions.InCidrSet({address.Code}, {set})", false);
    }

    /// <summary>The string and separator of <c>size(s.split(sep))</c> or <c>s.split(sep).size()</c> on typed strings.</summary>
    private (Expr Text, Expr Separator)? SplitOperands(CallExpr e)
    {
        var inner = e switch
        {
            { Target: null, Args: [CallExpr c] } => c,
            { Target: CallExpr c, Args.Count: 0 } => c,
            _ => null,
        };
        return inner is { Function: "split", Target: { } text, Args: [var separator] }
            && RepOf(TypeOf(text)) == Rep.String && RepOf(TypeOf(separator)) == Rep.String
            ? (text, separator)
            : null;
    }

    /// <summary>The text and literal pattern of <c>s.matches('re')</c> or <c>matches(s, 're')</c>.</summary>
    private static (Expr Text, string Pattern)? MatchesArguments(CallExpr e) => e switch
    {
        { Target: { } t, Args: [ConstantExpr { Value: CelString p }] } => (t, p.Value),
        { Target: null, Args: [var t, ConstantExpr { Value: CelString p }] } => (t, p.Value),
        _ => null,
    };
}
