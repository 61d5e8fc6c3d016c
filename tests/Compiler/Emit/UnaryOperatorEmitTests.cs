using Policy.Compiler.Checking;
using Policy.Compiler.Emit;
using Policy.Compiler.Interpreter;
using Policy.Compiler.Syntax;
using Policy.Runtime.Evaluation;
using Policy.Runtime.Values;

namespace Policy.Compiler.Tests.Emit;

/// <summary>
/// Unary operators applied to operands that the generator inlines as literals (negative doubles,
/// negative zero, nested negations and nots) must compile to valid C# and agree with the interpreter.
/// </summary>
public class UnaryOperatorEmitTests
{
    private static (CelValue Compiled, CelValue Interpreted) EvaluateBoth(string expr, bool check)
    {
        var env = CelEnvironment.Default;
        var (parsed, parseDiagnostics) = env.Parse(ExpressionSource.FromText(expr));
        Assert.True(parsed is not null, string.Join("\n", parseDiagnostics));
        CheckedExpr? checkedExpr = null;
        if (check)
        {
            (checkedExpr, var checkDiagnostics) = env.Check(parsed);
            Assert.True(checkedExpr is not null, string.Join("\n", checkDiagnostics));
        }
        var compiled = ExpressionCompiler.Compile(new(env, parsed, checkedExpr))(MapActivation.Empty);
        var interpreted = checkedExpr is null
            ? Planner.PlanUnchecked(env, parsed).Evaluate(MapActivation.Empty)
            : Planner.Plan(env, checkedExpr).Evaluate(MapActivation.Empty);
        return (compiled, interpreted);
    }

    [Theory]
    [InlineData("-(-2.75)", 2.75)]
    [InlineData("-(-(-0.5))", -0.5)]
    [InlineData("-(-1e308) * 2.0", double.PositiveInfinity)]
    [InlineData("3.0 - -(-0.25)", 2.75)]
    public void Negating_a_negative_double_literal_compiles_and_matches_the_interpreter(string expr, double expected)
    {
        foreach (var check in new[] { true, false })
        {
            var (compiled, interpreted) = EvaluateBoth(expr, check);
            Assert.Equal(expected, Assert.IsType<CelDouble>(compiled).Value);
            Assert.Equal(expected, Assert.IsType<CelDouble>(interpreted).Value);
        }
    }

    [Fact]
    public void Negating_negative_zero_gives_positive_zero()
    {
        var (compiled, interpreted) = EvaluateBoth("-(-(0.0))", check: true);
        var value = Assert.IsType<CelDouble>(compiled).Value;
        Assert.Equal(0.0, value);
        Assert.False(double.IsNegative(value));
        Assert.False(double.IsNegative(Assert.IsType<CelDouble>(interpreted).Value));
    }

    [Theory]
    [InlineData("!(!false)", false)]
    [InlineData("!!!true", false)]
    [InlineData("!(-(-1.5) > 1.0)", false)]
    public void Nested_logical_not_compiles_and_matches_the_interpreter(string expr, bool expected)
    {
        var (compiled, interpreted) = EvaluateBoth(expr, check: true);
        Assert.Equal(expected, Assert.IsType<CelBool>(compiled).Value);
        Assert.Equal(expected, Assert.IsType<CelBool>(interpreted).Value);
    }
}
