using Policy.Compiler.Checking;
using Policy.Compiler.Interpreter;
using Policy.Runtime.Evaluation;
using Policy.Runtime.Values;

namespace Policy.Compiler.Tests.Interpreter;

public class EvaluationTests
{
    private static CelValue Eval(string expr)
    {
        var env = CelEnvironment.Default;
        var (checkedExpr, diagnostics) = env.Compile(expr);
        Assert.True(checkedExpr is not null, string.Join("\n", diagnostics));
        return Planner.Plan(env, checkedExpr).Evaluate(MapActivation.Empty);
    }

    [Theory]
    [InlineData("1 + 2 * 3", "7")]
    [InlineData("'a' + 'b'", "\"ab\"")]
    [InlineData("[1, 2, 3].map(x, x * 2)", "[2, 4, 6]")]
    [InlineData("[1, 2, 3].filter(x, x > 1)", "[2, 3]")]
    [InlineData("[1, 2, 3].exists(x, x == 2)", "true")]
    [InlineData("[1, 2, 3].all(x, x > 0)", "true")]
    [InlineData("[1, 2, 3].exists_one(x, x > 2)", "true")]
    [InlineData("{'a': 1}.a", "1")]
    [InlineData("has({'a': 1}.b)", "false")]
    [InlineData("dyn(1) == 1u", "true")]
    [InlineData("type(1) == int", "true")]
    [InlineData("cel.bind(x, 2, x * x)", "4")]
    [InlineData("size('héllo')", "5")]
    [InlineData("'hello'.substring(1, 3)", "\"el\"")]
    [InlineData("math.greatest(1, 2.5, 2u)", "2.5")]
    [InlineData("optional.of(1).orValue(2)", "1")]
    [InlineData("[3, 1, 2].sortBy(x, -x)", "[3, 2, 1]")]
    [InlineData("{'a': 1, 'b': 2}.transformMap(k, v, v * 10)", "{\"a\": 10, \"b\": 20}")]
    [InlineData("string(1.0e6)", "\"1e+06\"")]
    [InlineData("timestamp('2024-01-02T03:04:05Z').getFullYear()", "2024")]
    public void Evaluates(string expr, string expected) => Assert.Equal(expected, Eval(expr).ToString());

    [Theory]
    [InlineData("1 / 0")]
    [InlineData("9223372036854775807 + 1")]
    [InlineData("{'a': 1}.b")]
    [InlineData("[1][5]")]
    public void Errors_are_values(string expr) => Assert.True(Eval(expr).IsError);

    [Theory]
    [InlineData("1 / 0 == 1 || true", "true")]
    [InlineData("true || 1 / 0 == 1", "true")]
    [InlineData("1 / 0 == 1 && false", "false")]
    [InlineData("false && 1 / 0 == 1", "false")]
    public void Logical_operators_absorb_errors_in_either_order(string expr, string expected) =>
        Assert.Equal(expected, Eval(expr).ToString());
}
