using Policy.Compiler.Diagnostics;
using Policy.Compiler.Syntax;
using Policy.Runtime.Functions;
using Policy.Runtime.Types;
using Policy.Runtime.Values;

namespace Policy.Compiler.Checking;

internal sealed partial class Checker
{
    private Expr VisitCall(CallExpr e)
    {
        if (e.Function == Operators.OptSelect && e.Target is null && e.Args.Count == 2) return VisitOptionalSelect(e);

        var args = e.Args.Select(Visit).ToArray();
        if (e.Target is null)
        {
            var fn = _env.ResolveFunction(e.Function);
            if (fn is null)
            {
                ReportUndeclared(e, e.Function.TrimStart('.'));
                SetType(e, CelType.Error);
                return e with { Args = args };
            }
            var call = e with { Function = fn.Name, Args = args };
            ResolveOverload(call, fn, null, args);
            return call;
        }

        // a.b.f(x) is either the namespaced function a.b.f or the function f on receiver a.b.
        if (QualifiedName(e.Target) is { } qualifier && _env.ResolveFunction(qualifier + "." + e.Function) is { } namespaced)
        {
            var call = e with { Target = null, Function = namespaced.Name, Args = args };
            ResolveOverload(call, namespaced, null, args);
            return call;
        }

        var target = Visit(e.Target);
        var member = e with { Target = target, Args = args };
        var function = _env.ResolveFunction(e.Function);
        if (function is null)
        {
            ReportUndeclared(e, e.Function);
            SetType(e, CelType.Error);
            return member;
        }
        ResolveOverload(member, function, target, args);
        return member;
    }

    /// <summary><c>x.?f</c>: an optional of the field's type.</summary>
    private Expr VisitOptionalSelect(CallExpr e)
    {
        var operand = Visit(e.Args[0]);
        if (e.Args[1] is not ConstantExpr { Value: CelString field })
        {
            Report(DiagnosticCatalog.CelTypeMismatch, e.Args[1], "optional field selection needs a field name");
            SetType(e, CelType.Error);
            return e;
        }
        Visit(e.Args[1]);
        SetType(e, _inference.Substitute(SelectField(e, TypeOf(operand), field.Value, optional: true)));
        if (_env.ResolveFunction(Operators.OptSelect) is { } fn) _references[e.Id] = new FunctionReference(fn, fn.Overloads);
        return e with { Args = [operand, e.Args[1]] };
    }

    /// <summary>
    /// Picks the overloads whose parameters accept the argument types. With several matches
    /// (possible when arguments are dyn) the result type is their common type, or dyn.
    /// </summary>
    private void ResolveOverload(CallExpr e, FunctionDecl fn, Expr? target, Expr[] args)
    {
        var argTypes = new List<CelType>(args.Length + 1);
        if (target is not null) argTypes.Add(TypeOf(target));
        argTypes.AddRange(args.Select(TypeOf));

        var matches = new List<Overload>();
        CelType? resultType = null;
        foreach (var overload in fn.Overloads)
        {
            if (overload.IsInstance != (target is not null) || overload.Parameters.Length != argTypes.Count) continue;
            var renames = new Dictionary<string, CelType>();
            var parameters = overload.Parameters.Select(p => _inference.Instantiate(p, renames)).ToList();
            var result = _inference.Instantiate(overload.Result, renames);
            if (!_inference.IsAssignableList(argTypes, parameters)) continue;

            matches.Add(overload);
            var r = _inference.Substitute(result);
            resultType = resultType is null ? r
                : resultType.Kind != TypeKind.Dyn && !r.Equals(resultType) ? CelType.Dyn
                : resultType;
        }

        if (matches.Count == 0)
        {
            var shown = argTypes.Select(t => Show(_inference.Substitute(t))).ToList();
            var applied = target is null
                ? $"({string.Join(", ", shown)})"
                : $"{shown[0]}.({string.Join(", ", shown.Skip(1))})";
            Report(DiagnosticCatalog.CelNoMatchingOverload, e,
                $"found no matching overload for '{CelError.DisplayName(fn.Name)}' applied to '{applied}'");
            SetType(e, CelType.Error);
            return;
        }
        _references[e.Id] = new FunctionReference(fn, [.. matches]);
        SetType(e, resultType!);
    }
}
