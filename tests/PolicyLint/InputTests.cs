namespace Policy.Lint.Tests;

/// <summary>Files, folders (recursive, sorted), standard input, and I/O errors (exit status 2).</summary>
public class InputTests
{
    [Fact]
    public void A_missing_file_is_an_io_error()
    {
        using var tree = new TempTree();
        var missing = tree.PathOf("nope.yml");
        var result = LintHarness.Run(missing);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.StartsWith($"policy-lint: cannot read '{missing}': ", result.Stderr);
    }

    [Fact]
    public void A_missing_file_after_a_good_one_is_still_an_io_error()
    {
        using var tree = new TempTree();
        var result = LintHarness.Run(tree.Write("a.yml", Policies.Clean), tree.PathOf("b.yml"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot read", result.Stderr);
    }

    [Fact]
    public void A_folder_without_policy_files_is_an_io_error()
    {
        using var tree = new TempTree();
        tree.Write("notes.txt", "not a policy");
        var result = LintHarness.Run(tree.Root);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"policy-lint: no .yml, .yaml or .json files in folder '{tree.Root}'\n", result.Stderr);
    }

    [Fact]
    public void Folders_are_searched_recursively_and_files_are_reported_in_ordinal_order()
    {
        using var tree = new TempTree();
        tree.Write("b.yml", Policies.UnknownAction);
        tree.Write("A.yaml", Policies.UnknownAction);
        tree.Write("sub/deeper/c.JSON", """{"on_tcp_connect": [{"actions": [{"type": "deny-all"}]}]}""");
        tree.Write("a.yml", Policies.UnknownAction);
        tree.Write("readme.md", "# not linted");
        tree.Write("sub/x.txt", "not linted");

        var result = LintHarness.Run("--format", "json", tree.Root);
        Assert.Equal(1, result.ExitCode);
        var files = System.Text.Json.JsonDocument.Parse(result.Stdout).RootElement.EnumerateArray()
            .Select(e => Path.GetRelativePath(tree.Root, e.GetProperty("file").GetString()!).Replace('\\', '/')).ToList();
        Assert.Equal(["A.yaml", "a.yml", "b.yml", "sub/deeper/c.JSON"], files);
    }

    [Fact]
    public void A_dash_reads_the_policy_from_standard_input()
    {
        var result = LintHarness.Run(["-"], Policies.UnknownAction);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("<stdin>:3:15: error TP2201: invalid policy action type 'deny-all'", result.Stdout);
        Assert.Equal("1 file checked: 1 error, 0 warnings\n", result.Stderr);

        Assert.Equal(0, LintHarness.Run(["-"], Policies.Clean).ExitCode);
        Assert.Equal(0, LintHarness.Run(["--scheme", "https", "-"], Policies.Quickstart).ExitCode);
    }

    [Fact]
    public void Standard_input_may_hold_json()
    {
        var result = LintHarness.Run(["--format", "json", "-"], """{"on_http_request": []}""");
        Assert.Equal(1, result.ExitCode);
        var item = Assert.Single(System.Text.Json.JsonDocument.Parse(result.Stdout).RootElement.EnumerateArray());
        Assert.Equal("TP2230", item.GetProperty("code").GetString());
        Assert.Equal("<stdin>", item.GetProperty("file").GetString());
    }

    [Fact]
    public void Files_and_stdin_can_be_mixed()
    {
        using var tree = new TempTree();
        var file = tree.Write("a.yml", Policies.WarningOnly);
        var result = LintHarness.Run([file, "-"], Policies.UnknownAction);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{file}:5:19: warning TP1409:", result.Stdout);
        Assert.Contains("<stdin>:3:15: error TP2201:", result.Stdout);
        Assert.Equal("2 files checked: 1 error, 1 warning\n", result.Stderr);
    }

    [Fact]
    public void An_empty_file_is_reported_not_crashed_on()
    {
        using var tree = new TempTree();
        var result = LintHarness.Run(tree.Write("empty.yml", ""));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("empty.yml:1:1: error TP2236: The policy is empty", result.Stdout);
    }
}
