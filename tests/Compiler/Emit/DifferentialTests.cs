using System.Globalization;
using Bogus;
using Policy.Compiler.Checking;
using Policy.Compiler.Emit;
using Policy.Compiler.Interpreter;
using Policy.Compiler.TrafficPolicy.Catalog;
using Policy.Runtime.Traffic;
using Policy.Runtime.Values;

namespace Policy.Compiler.Tests.Emit;

/// <summary>
/// Generated expressions over generated connections: the Roslyn backend and the interpreter must
/// give the same value, or both an error.
/// </summary>
public class DifferentialTests
{
    private sealed class ExpressionGenerator(Randomizer r)
    {
        private string Str(int d) => (d <= 0 ? r.Number(3) : r.Number(9)) switch
        {
            0 => Quote(r.ArrayElement(["", "a", "example", ".example.com", "app", "x.y", "é", "10.0.0.1"])),
            1 => "conn.tls.sni",
            2 => "conn.client_ip",
            3 => $"{Str(d - 1)} + {Str(d - 1)}",
            4 => $"conn.tls.sni.lowerAscii()",
            5 => $"string({Int(d - 1)})",
            6 => $"({Bool(d - 1)} ? {Str(d - 1)} : {Str(d - 1)})",
            7 => $"{Str(d - 1)}.substring({r.Number(0, 3)}, {r.Number(2, 6)})",
            8 => $"conn.tls.sni.split('.')[{r.Number(0, 3)}]",
            _ => $"dyn({Str(d - 1)})",
        };

        private string Int(int d) => (d <= 0 ? r.Number(2) : r.Number(10)) switch
        {
            0 => r.ArrayElement(["0", "1", "-1", "443", "9223372036854775807", "-9223372036854775808", "7"]),
            1 => "conn.server_port",
            2 => "conn.client_port",
            3 => $"{Int(d - 1)} + {Int(d - 1)}",
            4 => $"{Int(d - 1)} - {Int(d - 1)}",
            5 => $"{Int(d - 1)} * {Int(d - 1)}",
            6 => $"{Int(d - 1)} / {Int(d - 1)}",
            7 => $"{Int(d - 1)} % {Int(d - 1)}",
            8 => $"size({Str(d - 1)})",
            9 => $"size(conn.tls.sni.split('.'))",
            _ => $"({Bool(d - 1)} ? {Int(d - 1)} : {Int(d - 1)})",
        };

        public string Bool(int d) => (d <= 0 ? r.Number(4) : r.Number(17)) switch
        {
            0 => r.Bool() ? "true" : "false",
            1 => $"conn.tls.sni == {Quote(r.ArrayElement(["a.example.com", "b.example.org", ""]))}",
            2 => $"conn.tls.sni.endsWith({Quote(r.ArrayElement([".example.com", "com", ""]))})",
            3 => $"conn.tls.sni.startsWith({Quote(r.ArrayElement(["a", "www.", ""]))})",
            4 => $"{Int(d - 1)} < {Int(d - 1)}",
            5 => $"{Int(d - 1)} == {Int(d - 1)}",
            6 => $"{Str(d - 1)} in [{string.Join(", ", Enumerable.Range(0, r.Number(0, 4)).Select(_ => Str(0)))}]",
            7 => $"inCidrRange(conn.client_ip, {Quote(r.ArrayElement(["10.0.0.0/8", "192.168.1.0/24", "bad", "::/0"]))})",
            8 => $"inCidrRanges(conn.client_ip, ['10.0.0.0/8', '172.16.0.0/12', 'nonsense'])",
            9 => $"conn.tls.sni.matches({Quote(r.ArrayElement(["^[a-z]+\\\\.example\\\\.com$", "org$", "(", "."]))})",
            10 => $"!{Bool(d - 1)}",
            11 => $"{Bool(d - 1)} && {Bool(d - 1)}",
            12 => $"{Bool(d - 1)} || {Bool(d - 1)}",
            13 => $"({Bool(d - 1)} ? {Bool(d - 1)} : {Bool(d - 1)})",
            14 => $"[{Int(0)}, {Int(0)}].exists(x, x > {Int(d - 1)})",
            15 => $"{Str(d - 1)} < {Str(d - 1)}",
            16 => $"dyn({Int(d - 1)}) == dyn({Str(d - 1)})",
            _ => $"{Int(d - 1)} / 0 == 1",
        };

        private static string Quote(string s) => "'" + s.Replace("\\", "\\\\").Replace("'", "\\'") + "'";
    }

    private static ConnectionContext Connection(Faker f)
    {
        var c = new ConnectionContext
        {
            ClientIp = f.PickRandom(f.Internet.Ip(), "10.1.2.3", f.Internet.Ipv6(), "not-an-ip"),
            ClientPort = f.Random.Number(1024, 65535),
            ServerPort = f.PickRandom(443L, 8443L, 0L),
        };
        c.Tls.Sni = f.PickRandom(f.Internet.DomainName(), "a.example.com", "app.example.com", "x", "");
        return c;
    }

    [Fact]
    public void Both_backends_agree_on_generated_expressions_and_connections()
    {
        Randomizer.Seed = new Random(20261128);
        var faker = new Faker();
        var generator = new ExpressionGenerator(faker.Random);
        var env = PolicyEnvironments.For(Scheme.Tls, Phases.OnTcpConnect);
        var expressions = new List<(string Text, CheckedExpr Checked)>();
        while (expressions.Count < 250)
        {
            var text = generator.Bool(3);
            var (checkedExpr, _) = env.Compile(text);
            if (checkedExpr is not null) expressions.Add((text, checkedExpr));
        }
        var compiled = ExpressionCompiler.CompileForConnections(expressions.Select(e => e.Checked).ToList());
        var interpreted = expressions.Select(e => PolicyInterpreter.Expression(e.Checked)).ToList();
        var connections = Enumerable.Range(0, 12).Select(_ => Connection(faker)).ToList();

        var errors = 0;
        for (var i = 0; i < expressions.Count; i++)
        {
            foreach (var connection in connections)
            {
                var a = compiled[i](connection);
                var b = interpreted[i](connection);
                if (a.IsError) errors++;
                Assert.True(a.IsError == b.IsError && (a.IsError || (a.Kind == b.Kind && a.CelEquals(b))),
                    $"'{expressions[i].Text}' with sni='{connection.Tls.Sni}' ip='{connection.ClientIp}' port={connection.ServerPort}: compiled {a}, interpreted {b}");
            }
        }
        // The generator must reach both outcomes, or the comparison proves little.
        Assert.InRange(errors, 1, expressions.Count * connections.Count - 1);
    }
}
