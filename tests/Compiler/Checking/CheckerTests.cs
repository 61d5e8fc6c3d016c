using Policy.Compiler.Checking;
using Policy.Runtime.Evaluation;
using Policy.Runtime.Functions;
using Policy.Runtime.Types;

namespace Policy.Compiler.Tests.Checking;

public class CheckerTests
{
    private static readonly CelEnvironment Env = CelEnvironment.Default.WithVariables(
    [
        VariableDecl.Named("x", CelType.Int),
        VariableDecl.Named("a.b", CelType.String),
        VariableDecl.Named("a.b.c", CelType.Bool),
        VariableDecl.Named("m", CelType.Map(CelType.String, CelType.Int)),
        VariableDecl.Named("ns.inner.y", CelType.Double),
    ]);

    private static CelType TypeOf(string expr, CelEnvironment? env = null)
    {
        var (checkedExpr, diagnostics) = (env ?? Env).Compile(expr);
        Assert.True(checkedExpr is not null, string.Join("\n", diagnostics));
        return checkedExpr.ResultType;
    }

    private static string Error(string expr, CelEnvironment? env = null)
    {
        var (checkedExpr, diagnostics) = (env ?? Env).Compile(expr);
        Assert.Null(checkedExpr);
        var d = Assert.Single(diagnostics);
        return $"{d.Code} {d.Location.Column}-{d.Location.EndColumn} {d.Message}";
    }

    [Theory]
    [InlineData("x + 1", "int")]
    [InlineData("[1, 2]", "list(int)")]
    [InlineData("[1, 'a']", "list(dyn)")]
    [InlineData("{'k': [1u]}", "map(string, list(uint))")]
    [InlineData("m.k", "int")]
    [InlineData("a.b", "string")]
    [InlineData("a.b.c", "bool")]
    [InlineData("a.b.size()", "int")]
    [InlineData("[].map(x, x)", "list(dyn)")]
    [InlineData("[1].map(x, [x])", "list(list(int))")]
    [InlineData("dyn(1) + 1", "int")]
    [InlineData("x == 1 ? 'a' : 'b'", "string")]
    [InlineData("optional.of(1).orValue(2)", "int")]
    [InlineData("[optional.none(), optional.of(1)]", "list(optional_type(int))")]
    [InlineData("type(1)", "type(int)")]
    [InlineData("int", "type(int)")]
    // A type is a type: its parameter does not make one type value more general than another, so a
    // list of type values keeps its first element's type (as cel-go's checker does).
    [InlineData("[int, string]", "list(type(int))")]
    [InlineData("[type(1), type('a')]", "list(type(int))")]
    [InlineData("timestamp('2024-01-01T00:00:00Z') - duration('1h')", "google.protobuf.Timestamp")]
    [InlineData("ip('10.0.0.1')", "net.IP")]
    public void Infers_types(string expr, string expected) => Assert.Equal(expected, TypeOf(expr).ToString());

    [Fact]
    public void Longest_declared_prefix_wins_and_comprehension_variables_shadow()
    {
        Assert.Equal("bool", TypeOf("a.b.c").ToString());
        // Inside the comprehension, 'a' is the iteration variable: a.b is field selection on it
        // (a map's value), not the declared string variable a.b.
        Assert.Equal("list(int)", TypeOf("[{'b': 1}].map(a, a.b)").ToString());
    }

    [Fact]
    public void Containers_resolve_from_most_to_least_qualified()
    {
        var env = Env.WithContainer("ns.inner");
        Assert.Equal("double", TypeOf("y", env).ToString());
        Assert.StartsWith("CEL2001", Error(".y", env));
    }

    [Theory]
    [InlineData("z + 1", "CEL2001 1-2 undeclared reference to 'z'")]
    [InlineData("x + 'a'", "CEL2002 3-4 found no matching overload for '+' applied to '(int, string)'")]
    [InlineData("x.startsWith('a')", "CEL2002 3-18 found no matching overload for 'startsWith' applied to 'int.(string)'")]
    [InlineData("1.f", "CEL2004 2-4 type 'int' does not support field selection (selecting 'f')")]
    [InlineData("1.all(y, true)", "CEL2005 1-2 expression of type 'int' cannot be the range of a comprehension (it must be a list, a map or dyn)")]
    [InlineData("[1].all(y, y)", "CEL2002 5-14 found no matching overload for '&&' applied to '(bool, int)'")]
    public void Reports_errors_at_the_offending_span(string expr, string expected) => Assert.Equal(expected, Error(expr));

    [Fact]
    public void User_declared_functions_with_type_parameters_unify()
    {
        var t = CelType.Param("T");
        var env = Env.WithFunctions([new FunctionDecl("pair", "", Overload.Declared("pair_t_t", false, [t, t], CelType.List(t)))]);
        Assert.Equal("list(int)", TypeOf("pair(1, 2)", env).ToString());
        Assert.Equal("list(dyn)", TypeOf("pair(dyn(1), 2)", env).ToString());
        Assert.StartsWith("CEL2002", Error("pair(1, 'a')", env));
    }

    [Fact]
    public void Unavailable_names_explain_themselves()
    {
        var env = Env.WithUnavailable([new CelEnvironment.UnavailableName("req", Diagnostics.DiagnosticCatalog.HttpOnlyReference, "req is HTTP only")]);
        Assert.Equal("TP0006 1-11 req is HTTP only", Error("req.method == 'GET'", env));
    }
}
