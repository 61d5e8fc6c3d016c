using System.Reflection;
using Policy.Compiler.Checking;
using Policy.Compiler.Syntax;
using Policy.Runtime.Evaluation;
using Policy.Runtime.Policies;
using Policy.Runtime.Values;

namespace Policy.Compiler.Emit;

/// <summary>
/// Compiles standalone CEL expressions over any <see cref="IActivation"/> (checked, or unchecked
/// and fully dynamic) with Roslyn; used by the conformance runner's compiled backend and the
/// differential tests. Several expressions can share one compilation.
/// </summary>
public static class ExpressionCompiler
{
    /// <summary>One expression to compile: its environment, tree and (when checked) the checker's result.</summary>
    public sealed record Request(CelEnvironment Environment, ParsedExpr Parsed, CheckedExpr? Checked);

    /// <summary>Compiles one expression.</summary>
    public static Func<IActivation, CelValue> Compile(Request request) => CompileAll([request])[0];

    /// <summary>
    /// Compiles checked expressions over a <see cref="ConnectionContext"/> (typed variable access,
    /// as in compiled policies), in one Roslyn compilation.
    /// </summary>
    public static IReadOnlyList<CompiledExpression> CompileForConnections(IReadOnlyList<CheckedExpr> expressions)
    {
        var cls = new ClassWriter();
        for (var i = 0; i < expressions.Count; i++)
            ExpressionEmitter.EmitMethod(cls, "X" + i, CelEnvironment.Default, expressions[i].Root, expressions[i], connectionContext: true);
        var (type, target) = Load(cls);
        return Enumerable.Range(0, expressions.Count)
            .Select(i => type.GetMethod("X" + i, BindingFlags.Public | BindingFlags.Instance)!.CreateDelegate<CompiledExpression>(target))
            .ToList();
    }

    private static (Type Type, object Target) Load(ClassWriter cls)
    {
        var source = cls.Build("Policy.Generated", "Expressions");
        var name = "CelExpressions_" + Guid.NewGuid().ToString("N")[..12];
        var (image, errors) = RoslynCompiler.Compile(source, name);
        if (image is null) throw new InvalidOperationException("generated code did not compile (a compiler bug): " + string.Join("\n", errors.Take(5)));
        var type = RoslynCompiler.Load(image, name).GetType("Policy.Generated.Expressions")!;
        return (type, ClassWriter.Initialize(type, cls.Constants));
    }

    /// <summary>Compiles several expressions in one Roslyn compilation.</summary>
    public static IReadOnlyList<Func<IActivation, CelValue>> CompileAll(IReadOnlyList<Request> requests)
    {
        var cls = new ClassWriter();
        for (var i = 0; i < requests.Count; i++)
        {
            var r = requests[i];
            ExpressionEmitter.EmitMethod(cls, "X" + i, r.Environment, r.Checked?.Root ?? r.Parsed.Root, r.Checked, connectionContext: false);
        }
        var (type, target) = Load(cls);
        return Enumerable.Range(0, requests.Count)
            .Select(i => type.GetMethod("X" + i, BindingFlags.Public | BindingFlags.Instance)!.CreateDelegate<Func<IActivation, CelValue>>(target))
            .ToList();
    }
}
