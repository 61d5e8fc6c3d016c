namespace Policy.Lint.Tests;

/// <summary>Exit status 0 without errors, 1 with errors (or warnings with --warnings-as-errors).</summary>
public class ExitCodeTests
{
    [Theory]
    [InlineData(Policies.Clean, false, 0)]
    [InlineData(Policies.Quickstart, false, 1)]
    [InlineData(Policies.UnknownAction, false, 1)]
    [InlineData(Policies.WarningOnly, false, 0)]
    [InlineData(Policies.WarningOnly, true, 1)]
    [InlineData(Policies.InfoOnly, true, 0)]
    [InlineData(Policies.Clean, true, 0)]
    public void Exit_status_follows_the_most_severe_diagnostic(string policy, bool warningsAsErrors, int expected)
    {
        using var tree = new TempTree();
        var file = tree.Write("policy.yml", policy);
        var args = warningsAsErrors ? new[] { "--warnings-as-errors", file } : new[] { file };
        foreach (var format in new[] { "text", "json", "sarif", "github" })
        {
            var result = LintHarness.Run([.. args, "--format", format]);
            Assert.True(expected == result.ExitCode, $"--format {format}: {result}");
        }
    }

    [Fact]
    public void The_text_summary_counts_files_errors_and_warnings_on_stderr()
    {
        using var tree = new TempTree();
        var a = tree.Write("a.yml", Policies.WarningOnly);
        var b = tree.Write("b.yml", Policies.UnknownAction);
        var result = LintHarness.Run(a, b);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("2 files checked: 1 error, 1 warning\n", result.Stderr);

        var one = LintHarness.Run(tree.Write("c.yml", Policies.Clean));
        Assert.Equal("", one.Stdout);
        Assert.Equal("1 file checked: 0 errors, 0 warnings\n", one.Stderr);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("github")]
    public void Machine_formats_keep_stderr_empty(string format)
    {
        using var tree = new TempTree();
        var result = LintHarness.Run("--format", format, tree.Write("a.yml", Policies.UnknownAction));
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stderr);
    }
}
