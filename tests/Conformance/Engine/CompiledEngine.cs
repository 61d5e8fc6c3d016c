using Policy.Compiler.Emit;
using Policy.Compiler.Syntax;
using Policy.Runtime.Evaluation;

namespace Policy.Conformance.Engine;

/// <summary>Runs conformance tests through the Roslyn backend: the same parser and checker, generated C# for evaluation.</summary>
public sealed class CompiledEngine : ICelEngine
{
    /// <inheritdoc/>
    public EngineResult Run(EngineRequest request)
    {
        var env = InterpreterEngine.Environment(request);
        var (parsed, parseDiagnostics) = env.Parse(ExpressionSource.FromText(request.Expr));
        if (parsed is null) return EngineResult.ParseError(string.Join("\n", parseDiagnostics));

        var activation = new MapActivation(request.Bindings);
        if (request.DisableCheck)
            return EngineResult.Evaluated(ExpressionCompiler.Compile(new(env, parsed, null))(activation));

        var (checkedExpr, checkDiagnostics) = env.Check(parsed);
        if (checkedExpr is null) return EngineResult.CheckError(string.Join("\n", checkDiagnostics));
        if (request.CheckOnly) return EngineResult.Checked(checkedExpr.ResultType);
        return EngineResult.Evaluated(ExpressionCompiler.Compile(new(env, parsed, checkedExpr))(activation), checkedExpr.ResultType);
    }
}
