using Policy.Compiler.Checking;
using Policy.Compiler.Interpreter;
using Policy.Compiler.Syntax;
using Policy.Runtime.Evaluation;
using Policy.Runtime.Functions;

namespace Policy.Conformance.Engine;

/// <summary>Runs conformance tests through our parser, checker and reference interpreter.</summary>
public sealed class InterpreterEngine : ICelEngine
{
    /// <inheritdoc/>
    public EngineResult Run(EngineRequest request)
    {
        var env = Environment(request);
        var (parsed, parseDiagnostics) = env.Parse(ExpressionSource.FromText(request.Expr));
        if (parsed is null) return EngineResult.ParseError(string.Join("\n", parseDiagnostics));

        var activation = new MapActivation(request.Bindings);
        if (request.DisableCheck)
            return EngineResult.Evaluated(Planner.PlanUnchecked(env, parsed).Evaluate(activation));

        var (checkedExpr, checkDiagnostics) = env.Check(parsed);
        if (checkedExpr is null) return EngineResult.CheckError(string.Join("\n", checkDiagnostics));
        if (request.CheckOnly) return EngineResult.Checked(checkedExpr.ResultType);
        return EngineResult.Evaluated(Planner.Plan(env, checkedExpr).Evaluate(activation), checkedExpr.ResultType);
    }

    /// <summary>Every library, plus the test's container, declarations and macro setting.</summary>
    public static CelEnvironment Environment(EngineRequest request) =>
        CelEnvironment.Default
            .WithContainer(request.Container)
            .WithParserOptions(ParserOptions.Default with { EnableMacros = !request.DisableMacros })
            .WithVariables(request.Identifiers.Select(kv => VariableDecl.Named(kv.Key, kv.Value)))
            .WithFunctions(request.Functions.Select(f => new FunctionDecl(f.Name, "",
                f.Overloads.Select(o => Overload.Declared(o.Id, o.IsInstance, [.. o.Parameters], o.Result)))));
}
