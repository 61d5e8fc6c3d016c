namespace Policy.Lint.Tests;

/// <summary><c>--format github</c>: one workflow command per diagnostic, with GitHub's escaping.</summary>
public class GithubFormatTests
{
    [Fact]
    public void Each_diagnostic_is_a_workflow_command_with_position_and_title()
    {
        using var tree = new TempTree();
        var error = tree.Write("a.yml", Policies.UnknownAction);
        var warning = tree.Write("b.yml", Policies.WarningOnly);
        var info = tree.Write("c.yml", Policies.InfoOnly);
        var result = LintHarness.Run("--format", "github", error, warning, info);
        var escapedError = error.Replace(":", "%3A").Replace(",", "%2C");
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal($"::error file={escapedError},line=3,col=15,endLine=3,endColumn=23,title=TP2201 Invalid policy action type::invalid policy action type 'deny-all'", lines[0]);
        Assert.StartsWith("::warning file=", lines[1]);
        Assert.Contains(",line=5,col=19,", lines[1]);
        Assert.StartsWith("::notice file=", lines[2]);
        Assert.Contains("title=TP0009 Variable set from another set-vars variable::", lines[2]);
    }

    [Fact]
    public void Percent_newlines_colons_and_commas_are_escaped()
    {
        using var tree = new TempTree();
        var file = tree.Write("a,b:c%d.yml", "on_tcp_connect:\n  - actions:\n      - type: \"50%\\nx,y:z\"\n");
        var result = LintHarness.Run("--format", "github", file);
        var line = Assert.Single(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("file=" + file.Replace("%", "%25").Replace(":", "%3A").Replace(",", "%2C") + ",line=3,", line);
        // In the message only %, CR and LF are escaped; ':' and ',' stay.
        Assert.EndsWith("::invalid policy action type '50%25%0Ax,y:z'", line);
        Assert.Contains(",title=TP2201 Invalid policy action type::", line);
    }

    [Fact]
    public void A_clean_run_prints_nothing()
    {
        using var tree = new TempTree();
        var result = LintHarness.Run("--format", "github", tree.Write("p.yml", Policies.Clean));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stdout);
    }
}
