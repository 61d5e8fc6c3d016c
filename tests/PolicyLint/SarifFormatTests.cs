using System.Text.Json;

namespace Policy.Lint.Tests;

/// <summary><c>--format sarif</c>: the key structure of SARIF 2.1.0.</summary>
public class SarifFormatTests
{
    private static JsonElement Sarif(params string[] paths)
    {
        var result = LintHarness.Run(["--format", "sarif", .. paths]);
        Assert.Equal("", result.Stderr);
        return JsonDocument.Parse(result.Stdout).RootElement;
    }

    [Fact]
    public void The_log_has_version_schema_one_run_and_a_tool_driver()
    {
        using var tree = new TempTree();
        var root = Sarif(tree.Write("p.yml", Policies.UnknownAction));
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Contains("sarif", root.GetProperty("$schema").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("policy-lint", driver.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Array, driver.GetProperty("rules").ValueKind);
        Assert.Equal(JsonValueKind.Array, run.GetProperty("results").ValueKind);
    }

    [Fact]
    public void Every_result_names_a_rule_of_the_driver_and_has_level_message_and_region()
    {
        using var tree = new TempTree();
        var error = tree.Write("a.yml", Policies.UnknownAction);
        var root = Sarif(error, tree.Write("b.yml", Policies.WarningOnly), tree.Write("c.yml", Policies.InfoOnly), tree.Write("d.yml", Policies.Quickstart));
        var run = root.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var ruleIds = rules.Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(["TP0009", "TP1409", "TP2201", "TP2230"], ruleIds);
        foreach (var rule in rules)
        {
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("fullDescription").GetProperty("text").GetString()));
            Assert.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), new[] { "error", "warning", "note" });
        }

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(4, results.Count);
        foreach (var r in results)
        {
            var ruleId = r.GetProperty("ruleId").GetString();
            Assert.Equal(ruleIds.IndexOf(ruleId), r.GetProperty("ruleIndex").GetInt32());
            Assert.Contains(r.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            Assert.False(string.IsNullOrEmpty(r.GetProperty("message").GetProperty("text").GetString()));
            var location = Assert.Single(r.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
            Assert.True(Uri.TryCreate(location.GetProperty("artifactLocation").GetProperty("uri").GetString(), UriKind.RelativeOrAbsolute, out _));
            var region = location.GetProperty("region");
            foreach (var key in new[] { "startLine", "startColumn", "endLine", "endColumn" })
                Assert.True(region.GetProperty(key).GetInt32() >= 1, key);
        }

        var first = results[0];
        Assert.Equal("TP2201", first.GetProperty("ruleId").GetString());
        Assert.Equal("error", first.GetProperty("level").GetString());
        Assert.Equal(new Uri(error).AbsoluteUri, first.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        var region1 = first.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal((3, 15, 3, 23), (region1.GetProperty("startLine").GetInt32(), region1.GetProperty("startColumn").GetInt32(),
            region1.GetProperty("endLine").GetInt32(), region1.GetProperty("endColumn").GetInt32()));
        Assert.Equal(["error", "warning", "note", "error"], results.Select(r => r.GetProperty("level").GetString()));
    }

    [Fact]
    public void A_clean_run_has_no_rules_and_no_results()
    {
        using var tree = new TempTree();
        var root = Sarif(tree.Write("p.yml", Policies.Clean));
        var run = root.GetProperty("runs")[0];
        Assert.Equal(0, run.GetProperty("results").GetArrayLength());
        Assert.Equal(0, run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
    }

    [Fact]
    public void Paths_with_spaces_and_standard_input_become_percent_encoded_uris()
    {
        using var tree = new TempTree();
        var file = tree.Write("my policies/p #1.yml", Policies.UnknownAction);
        var uri = Sarif(file).GetProperty("runs")[0].GetProperty("results")[0]
            .GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;
        Assert.StartsWith("file:///", uri);
        Assert.EndsWith("/my%20policies/p%20%231.yml", uri);

        var stdin = LintHarness.Run(["--format", "sarif", "-"], Policies.UnknownAction);
        Assert.Contains("\"uri\": \"%3Cstdin%3E\"", stdin.Stdout);
    }
}
