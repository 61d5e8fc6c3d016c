using System.Reflection;
using Policy.Compiler.Checking;
using Policy.Compiler.Syntax;
using Policy.Runtime.Functions;
using Policy.Runtime.Values;

namespace Policy.Compiler.Emit;

internal sealed partial class ExpressionEmitter
{
    private Emitted EmitCall(CallExpr e)
    {
        switch (e.Function)
        {
            case Operators.LogicalAnd when e.Args.Count == 2:
                return EmitLogical(e.Args[0], e.Args[1], isAnd: true);
            case Operators.LogicalOr when e.Args.Count == 2:
                return EmitLogical(e.Args[0], e.Args[1], isAnd: false);
            case Operators.Conditional when e.Args.Count == 3:
                return EmitConditional(e);
            case Operators.NotStrictlyFalse when e.Args.Count == 1:
                return new Emitted($"{S}NotStrictlyFalse({AsValue(Emit(e.Args[0]))})", Rep.Bool);
            case Operators.OptSelect when e.Args.Count == 2 && e.Args[1] is ConstantExpr { Value: CelString f }:
                return new Emitted(_m.Local(V + "CelValue", "v", $"{S}OptSelect({AsValue(Emit(e.Args[0]))}, {CSharp.Literal(f.Value)})"), Rep.Value);
        }

        if (_checked?.ReferenceOf(e) is FunctionReference reference)
        {
            if (TryConstantSpecialization(e) is { } special) return special;
            var args = Arguments(e);
            if (TryOperator(e.Function, args) is { } op) return op;
            if (reference.Overloads is [var single] && DirectMethod(single) is { } method) return EmitDirect(method, args);
            return EmitDispatch(reference.Function.Name, [.. reference.Overloads], args);
        }

        // Unchecked: a.b.f(x) may be the namespaced function a.b.f, as the interpreter decides.
        if (e.Target is not null && MacroExpander.QualifiedName(e.Target) is { } qualifier
            && LookupLocal(qualifier.TrimStart('.').Split('.')[0]) is null
            && _env.ResolveFunction(qualifier + "." + e.Function) is { } namespaced)
        {
            return EmitDispatch(namespaced.Name, namespaced.Overloads.Where(o => !o.IsInstance).ToArray(), e.Args.Select(Emit).ToList());
        }
        var fn = _env.ResolveFunction(e.Function);
        if (fn is null)
            return new Emitted(_class.Constant(CelError.Of($"no such function: {e.Function.TrimStart('.')}"), typeof(CelValue)), Rep.Value);
        return EmitDispatch(fn.Name, fn.Overloads.Where(o => o.IsInstance == (e.Target is not null)).ToArray(), Arguments(e));
    }

    private List<Emitted> Arguments(CallExpr e)
    {
        var args = new List<Emitted>(e.Args.Count + 1);
        if (e.Target is not null) args.Add(Emit(e.Target));
        foreach (var a in e.Args) args.Add(Emit(a));
        return args;
    }

    /// <summary>
    /// The first error among already evaluated arguments, as a C# expression of type
    /// <c>CelError</c> (null when none can fail).
    /// </summary>
    private static string? Gate(IEnumerable<Emitted> args)
    {
        var parts = args.Where(a => a.Error is not null || (a.Rep == Rep.Value && !a.Safe && !IsLiteral(a)))
            .Select(a => a.Error ?? $"({a.Code} as {V}CelError)").ToList();
        return parts.Count == 0 ? null : string.Join(" ?? ", parts);
    }

    private static bool IsLiteral(Emitted a) => a.Rep == Rep.Value && a.Code.StartsWith(V + "CelNull", StringComparison.Ordinal);

    /// <summary>A call whose result is a CEL value: the first argument error, or the call.</summary>
    private Emitted ValueCall(IEnumerable<Emitted> args, string call)
    {
        var gate = Gate(args);
        var init = gate is null ? call : $"({V}CelValue)({gate}) ?? {call}";
        return new Emitted(_m.Local(V + "CelValue", "v", init), Rep.Value);
    }

    /// <summary>A call with a typed result: <paramref name="compute"/> writes the value (and possibly an error) when the arguments are fine.</summary>
    private Emitted TypedCall(IEnumerable<Emitted> args, Rep rep, Func<string, string?> compute, bool canFail)
    {
        var gate = Gate(args);
        var value = _m.Fresh("v");
        if (gate is null && !canFail)
        {
            _m.Line($"{ClrType(rep)} {value} = {compute(value)};");
            return new Emitted(value, rep);
        }
        _m.Line($"{ClrType(rep)} {value} = {Default(rep)};");
        if (gate is null) return new Emitted(value, rep, _m.Local(V + "CelError", "e", compute(value)!));
        var error = _m.Local(V + "CelError", "e", gate);
        var body = compute(value);
        _m.Line(canFail ? $"if ({error} == null) {error} = {body};" : $"if ({error} == null) {value} = {body};");
        return new Emitted(value, rep, error);
    }

    /// <summary>Calls overloads chosen at run time by the arguments' kinds.</summary>
    private Emitted EmitDispatch(string function, Overload[] overloads, IReadOnlyList<Emitted> args)
    {
        var table = _class.Constant(overloads, typeof(Overload[]));
        var values = string.Join(", ", args.Select(AsValue));
        return new Emitted(_m.Local(V + "CelValue", "v", $"{S}Call({CSharp.Literal(function)}, {table}, new {V}CelValue[] {{ {values} }})"), Rep.Value);
    }

    /// <summary>The static method of an overload, when generated code can call it directly.</summary>
    private static MethodInfo? DirectMethod(Overload overload) =>
        overload.Method is { IsStatic: true, IsPublic: true, IsGenericMethod: false } m
        && m.DeclaringType is { IsPublic: true } or { IsNestedPublic: true }
        && (m.ReturnType == typeof(CelValue) || typeof(CelValue).IsAssignableFrom(m.ReturnType) || RepOfClr(m.ReturnType) is not null)
        && m.GetParameters().All(p => RepOfClr(p.ParameterType) is not null || typeof(CelValue).IsAssignableFrom(p.ParameterType))
            ? m : null;

    /// <summary>A direct call of an overload's static method, converting the arguments to its parameter types.</summary>
    private Emitted EmitDirect(MethodInfo method, List<Emitted> args)
    {
        var parameters = method.GetParameters();
        var converted = new List<Emitted>(args.Count);
        for (var i = 0; i < parameters.Length; i++)
        {
            var type = parameters[i].ParameterType;
            if (RepOfClr(type) is { } rep)
            {
                converted.Add(AsRep(args[i], rep));
            }
            else if (type == typeof(CelValue))
            {
                converted.Add(new Emitted(AsValue(args[i]), Rep.Value, Safe: args[i].IsInfallible));
            }
            else
            {
                // A CelValue subclass: check the run-time kind (the checker may only know dyn).
                var typed = _m.Local(CSharp.TypeName(type), "a", "null");
                var error = _m.Local(V + "CelError", "e",
                    $"{S}As<{CSharp.TypeName(type)}>({AsValue(args[i])}, {CSharp.Literal(method.Name)}, out {typed})");
                converted.Add(new Emitted(typed, Rep.Value, error));
            }
        }
        var call = $"{CSharp.TypeName(method.DeclaringType!)}.{method.Name}({string.Join(", ", converted.Select(c => c.Code))})";
        if (RepOfClr(method.ReturnType) is { } resultRep)
            return TypedCall(converted, resultRep, _ => call, canFail: false);
        return ValueCall(converted, call);
    }
}
