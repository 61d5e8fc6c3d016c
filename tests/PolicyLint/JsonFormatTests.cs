using System.Text.Json;

namespace Policy.Lint.Tests;

/// <summary><c>--format json</c>: one array of objects with exactly the contract's keys, lines and columns 1-based.</summary>
public class JsonFormatTests
{
    private static readonly string[] Keys = ["file", "line", "column", "endLine", "endColumn", "severity", "code", "message"];

    [Fact]
    public void Each_diagnostic_is_an_object_with_exactly_the_contract_keys_in_order()
    {
        using var tree = new TempTree();
        var file = tree.Write("p.yml", Policies.UnknownAction);
        var warning = tree.Write("w.yml", Policies.WarningOnly);
        var result = LintHarness.Run("--format", "json", file, warning);
        Assert.Equal(1, result.ExitCode);

        var root = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal(JsonValueKind.Array, root.ValueKind);
        Assert.Equal(2, root.GetArrayLength());
        foreach (var item in root.EnumerateArray())
        {
            Assert.Equal(Keys, item.EnumerateObject().Select(p => p.Name));
            Assert.Equal(JsonValueKind.String, item.GetProperty("file").ValueKind);
            foreach (var number in new[] { "line", "column", "endLine", "endColumn" })
                Assert.True(item.GetProperty(number).GetInt32() >= 1);
        }

        var first = root[0];
        Assert.Equal(file, first.GetProperty("file").GetString());
        Assert.Equal(3, first.GetProperty("line").GetInt32());
        Assert.Equal(15, first.GetProperty("column").GetInt32());
        Assert.Equal(3, first.GetProperty("endLine").GetInt32());
        Assert.Equal(23, first.GetProperty("endColumn").GetInt32());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal("TP2201", first.GetProperty("code").GetString());
        Assert.Equal("invalid policy action type 'deny-all'", first.GetProperty("message").GetString());
        Assert.Equal("warning", root[1].GetProperty("severity").GetString());
        Assert.Equal("TP1409", root[1].GetProperty("code").GetString());
    }

    [Fact]
    public void Quotes_and_non_ascii_text_are_written_as_themselves()
    {
        using var tree = new TempTree();
        var file = tree.Write("política.yml", Policies.UnknownAction);
        var result = LintHarness.Run("--format", "json", file);
        Assert.Contains("\"message\": \"invalid policy action type 'deny-all'\"", result.Stdout);
        Assert.Contains("política.yml\"", result.Stdout);
        Assert.DoesNotContain("\\u", result.Stdout);
    }

    [Fact]
    public void A_clean_run_prints_an_empty_array()
    {
        using var tree = new TempTree();
        var result = LintHarness.Run("--format", "json", tree.Write("p.yml", Policies.Clean));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(0, JsonDocument.Parse(result.Stdout).RootElement.GetArrayLength());
    }

    [Fact]
    public void Info_diagnostics_have_severity_info()
    {
        using var tree = new TempTree();
        var result = LintHarness.Run("--format", "json", tree.Write("p.yml", Policies.InfoOnly));
        Assert.Equal(0, result.ExitCode);
        var item = Assert.Single(JsonDocument.Parse(result.Stdout).RootElement.EnumerateArray());
        Assert.Equal("info", item.GetProperty("severity").GetString());
        Assert.Equal("TP0009", item.GetProperty("code").GetString());
    }

    [Fact]
    public void Messages_with_quotes_backslashes_and_control_characters_stay_valid_json()
    {
        var result = LintHarness.Run(["--format", "json", "-"], "on_tcp_connect:\n  - actions:\n      - type: \"a\\\"b\\\\c\\td\"\n");
        var item = Assert.Single(JsonDocument.Parse(result.Stdout).RootElement.EnumerateArray());
        Assert.Equal("invalid policy action type 'a\"b\\c\td'", item.GetProperty("message").GetString());
    }
}
