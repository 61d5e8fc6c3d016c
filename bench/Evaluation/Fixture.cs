using Policy.Compiler.Emit;
using Policy.Compiler.Interpreter;
using Policy.Compiler.TrafficPolicy.Catalog;
using Policy.Runtime.Policies;
using Policy.Runtime.Traffic;

namespace Policy.Benchmarks.Evaluation;

/// <summary>Compiles a reference expression for each backend, over a typical connection.</summary>
internal static class Fixture
{
    public static ConnectionContext Connection()
    {
        var c = new ConnectionContext { ClientIp = "10.20.30.40", ClientPort = 51234, ServerIp = "127.0.0.1", ServerPort = 443 };
        // A string built at run time, as one read off the wire would be: not the interned literal.
        c.Tls.Sni = new string("app.example.com".AsSpan());
        return c;
    }

    public static (CompiledExpression Compiled, CompiledExpression Interpreted) Build(string expression)
    {
        var env = PolicyEnvironments.For(Scheme.Tls, Phases.OnTcpConnect);
        var (checkedExpr, diagnostics) = env.Compile(expression);
        if (checkedExpr is null) throw new InvalidOperationException(string.Join("\n", diagnostics));
        return (ExpressionCompiler.CompileForConnections([checkedExpr])[0], PolicyInterpreter.Expression(checkedExpr));
    }

    /// <summary>The variables the same expression reads, for the Cel package (which takes nested dictionaries).</summary>
    public static Dictionary<string, object?> CelVariables(ConnectionContext c) => new()
    {
        ["conn"] = new Dictionary<string, object?>
        {
            ["tls"] = new Dictionary<string, object?> { ["sni"] = c.Tls.Sni },
            ["client_ip"] = c.ClientIp,
            ["server_port"] = c.ServerPort,
        },
    };

    public static Cel.CelProgramDelegate CelPackage(string expression) =>
        new Cel.CelEnvironment([], "").Compile(expression);
}
