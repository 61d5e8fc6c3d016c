using System.Text;

namespace Policy.Lint.Tests;

/// <summary>No input, however broken, produces a stack trace: it is a diagnostic (exit 1) or an I/O or usage error (exit 2).</summary>
public class RobustnessTests
{
    private static byte[] Garbage(int seed, int length)
    {
        var random = new Random(seed);
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static string DeepJson(int depth) => new string('[', depth) + new string(']', depth);

    private static string DeepYamlMaps(int depth)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < depth; i++) sb.Append(' ', i).Append('k').Append(i).Append(":\n");
        return sb.Append(' ', depth).Append("x\n").ToString();
    }

    private static string HugePolicy(int rules)
    {
        var sb = new StringBuilder("on_tcp_connect:\n");
        for (var i = 0; i < rules; i++)
            sb.Append("  - expressions: [\"conn.server_port == ").Append(i).Append("\"]\n    actions:\n      - type: log\n        config:\n          metadata:\n            i: \"").Append(i).Append("\"\n");
        return sb.ToString();
    }

    private static void AssertNoStackTrace(LintResult result)
    {
        Assert.DoesNotContain("   at ", result.Stdout + result.Stderr);
        Assert.DoesNotContain("Exception", result.Stderr);
        Assert.DoesNotContain("internal error", result.Stderr);
    }

    [Theory]
    [InlineData(1, 64)]
    [InlineData(2, 4096)]
    [InlineData(3, 100_000)]
    public void Binary_garbage_is_reported_as_a_parse_error(int seed, int length)
    {
        using var tree = new TempTree();
        foreach (var name in new[] { "g.yml", "g.json" })
        {
            var file = tree.WriteBytes(name, Garbage(seed, length));
            var result = LintHarness.Run(file);
            Assert.Equal(1, result.ExitCode);
            Assert.Contains(": error TP2236: ", result.Stdout);
            AssertNoStackTrace(result);
        }
    }

    [Theory]
    [InlineData("[")]
    [InlineData("{")]
    [InlineData("\"")]
    [InlineData("on_tcp_connect: [")]
    [InlineData("\uFEFF")]
    [InlineData("\0")]
    [InlineData("---\n---\n")]
    [InlineData("*alias")]
    [InlineData("&a [*a]")]
    [InlineData("on_tcp_connect: !!binary aGVsbG8=")]
    [InlineData("? [a, b]\n: c")]
    public void Odd_documents_are_diagnostics(string text)
    {
        var result = LintHarness.Run(["-"], text);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("<stdin>:", result.Stdout);
        AssertNoStackTrace(result);
    }

    [Fact]
    public void Deep_nesting_is_reported_not_overflowed()
    {
        foreach (var text in new[] { DeepJson(100_000), "a: " + DeepJson(100_000), DeepYamlMaps(3_000), "on_tcp_connect:\n  - actions:\n      - type: set-vars\n        config:\n          vars:\n            - v: " + DeepJson(5_000) })
        {
            var result = LintHarness.Run(["-"], text);
            Assert.Equal(1, result.ExitCode);
            AssertNoStackTrace(result);
        }
    }

    [Fact]
    public void A_huge_policy_is_linted()
    {
        var result = LintHarness.Run(["-"], HugePolicy(5_000));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("1 file checked: 0 errors, 0 warnings\n", result.Stderr);
    }

    [Fact]
    public void A_policy_past_the_reader_size_limit_is_one_diagnostic()
    {
        // The reader refuses documents of more than 1,000,000 values (a guard against alias bombs
        // that also applies to plain documents): 70,000 rules of 15 values each.
        var result = LintHarness.Run(["-"], HugePolicy(70_000));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(": error TP2236: The policy is too large", result.Stdout);
        Assert.Equal("1 file checked: 1 error, 0 warnings\n", result.Stderr);
    }

    [Fact]
    public void A_huge_single_line_scalar_is_linted()
    {
        var result = LintHarness.Run(["-"], "on_tcp_connect:\n  - actions:\n      - type: log\n        config:\n          metadata:\n            big: \"" + new string('x', 5_000_000) + "\"\n");
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Many_errors_are_capped_with_a_summary()
    {
        var sb = new StringBuilder("on_tcp_connect:\n");
        for (var i = 0; i < 500; i++) sb.Append("  - actions: []\n");
        var result = LintHarness.Run(["--format", "json", "-"], sb.ToString());
        Assert.Equal(1, result.ExitCode);
        var items = System.Text.Json.JsonDocument.Parse(result.Stdout).RootElement.EnumerateArray().ToList();
        Assert.Equal(101, items.Count);
        Assert.Equal("400 more diagnostics were left out", items[^1].GetProperty("message").GetString());
    }

    [Fact]
    public void The_real_executable_never_prints_a_stack_trace()
    {
        using var tree = new TempTree();
        var garbage = tree.WriteBytes("garbage.yml", Garbage(7, 20_000));
        var deep = tree.Write("deep.json", DeepJson(200_000));
        var deepYaml = tree.Write("deep.yml", DeepYamlMaps(5_000));
        var huge = tree.Write("huge.yml", HugePolicy(5_000));

        var cases = new (string[] Args, string? Stdin, int Exit)[]
        {
            ([garbage], null, 1),
            ([deep], null, 1),
            ([deepYaml, "--format", "json"], null, 1),
            ([huge], null, 0),
            (["-"], Encoding.Latin1.GetString(Garbage(8, 5_000)), 1),
            ([tree.PathOf("missing.yml")], null, 2),
            (["--no-such-option"], null, 2),
            (["--explain", "TP0000000"], null, 2),
        };
        foreach (var (args, stdin, exit) in cases)
        {
            var result = LintHarness.RunProcess(args, stdin);
            Assert.True(exit == result.ExitCode, $"{string.Join(' ', args)}: {result}");
            AssertNoStackTrace(result);
        }
    }
}
