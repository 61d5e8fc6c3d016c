using Policy.Conformance.Cli;
using Policy.Conformance.Engine;
using Policy.Runtime.Values;

namespace Policy.Conformance.Tests;

public sealed class ConsoleCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("conformance-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_dir, name), text);

    // Answers 'true' with true and anything else with 1.
    private static readonly FakeEngine Engine = new(r => EngineResult.Evaluated(r.Expr == "true" ? CelBool.True : CelInt.Of(1)));

    private static (int Exit, string[] Output, string Error) Run(Func<string, ICelEngine?> engines, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = ConsoleCommand.Run(args, output, error, engines);
        return (exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), error.ToString());
    }

    [Fact]
    public void Per_file_counts_a_summary_line_and_a_report_are_produced()
    {
        Write("alpha.textproto", """
            name: "alpha"
            section { name: "s" test { name: "ok" expr: "true" } test { name: "bad" expr: "x" value { uint64_value: 1 } } }
            section { name: "p" test { name: "msg" expr: "TestAllTypes{}" } }
            """);
        Write("beta.textproto", "section { name: \"s\" test { name: \"t\" expr: \"true\" } }");
        Write("notes.txt", "ignored");
        var report = Path.Combine(_dir, "report.tsv");

        var (exit, output, _) = Run(_ => Engine, "--backend", "compiled", "--report", report, _dir);

        Assert.Equal(1, exit);
        Assert.Equal(["alpha: 1 passed, 1 failed, 1 skipped", "beta: 1 passed, 0 failed, 0 skipped", "2 passed, 1 failed, 1 skipped"], output);
        var lines = File.ReadAllLines(report);
        Assert.Equal(
        [
            "alpha/s/ok\tpass\t",
            "alpha/s/bad\tfail\texpected 1u (uint), got 1 (int)",
            "alpha/p/msg\tskip\tneeds protobuf: the expression names protobuf type TestAllTypes",
            "beta/s/t\tpass\t",
        ], lines);
    }

    [Fact]
    public void Exit_code_is_zero_when_nothing_fails_and_the_backend_is_passed_to_the_factory()
    {
        Write("ok.textproto", "section { name: \"s\" test { name: \"t\" expr: \"true\" } }");
        string? asked = null;
        var (exit, output, _) = Run(b => { asked = b; return Engine; }, _dir);
        Assert.Equal(0, exit);
        Assert.Equal("interpreter", asked);
        Assert.Equal("1 passed, 0 failed, 0 skipped", output[^1]);
    }

    [Fact]
    public void A_file_that_does_not_parse_counts_as_a_failure_with_its_position()
    {
        Write("broken.textproto", "section {\n  name: \"s\"\n  test { name: 1 }\n}");
        var report = Path.Combine(_dir, "r.tsv");
        var (exit, output, _) = Run(_ => Engine, "--report", report, _dir);
        Assert.Equal(1, exit);
        Assert.Equal("broken: 0 passed, 1 failed, 0 skipped", output[0]);
        Assert.EndsWith("broken.textproto:3:16: expected a string, found 1", output[1], StringComparison.Ordinal);
        Assert.StartsWith("broken\tfail\tcannot read the file: ", File.ReadAllText(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_engine_every_runnable_test_fails()
    {
        Write("ok.textproto", "section { name: \"s\" test { name: \"t\" expr: \"true\" } }");
        var (exit, output, _) = Run(_ => null, _dir);
        Assert.Equal(1, exit);
        Assert.Equal("0 passed, 1 failed, 0 skipped", output[^1]);
    }

    [Theory]
    [InlineData(new string[0], "no conformance directory given")]
    [InlineData(new[] { "--backend", "jit", "." }, "unknown backend 'jit'")]
    [InlineData(new[] { "--report" }, "--report needs a value")]
    [InlineData(new[] { "--verbose", "." }, "unknown option --verbose")]
    [InlineData(new[] { "/no/such/dir/anywhere" }, "no such directory: /no/such/dir/anywhere")]
    public void Usage_errors_exit_with_2_and_a_message(string[] args, string message)
    {
        var (exit, output, error) = Run(_ => Engine, args);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Contains("usage:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_prints_usage_and_exits_0()
    {
        var (exit, output, _) = Run(_ => Engine, "--help");
        Assert.Equal(0, exit);
        Assert.StartsWith("usage:", output[0], StringComparison.Ordinal);
    }
}
