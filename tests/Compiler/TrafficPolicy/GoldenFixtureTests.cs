using System.Runtime.CompilerServices;
using Policy.Compiler.TrafficPolicy;
using Policy.Compiler.TrafficPolicy.Catalog;

namespace Policy.Compiler.Tests.TrafficPolicy;

/// <summary>
/// Golden fixtures: each folder under testdata/ holds a policy (policy.yml or policy.json), an
/// optional context.txt (<c>scheme=https binding=internal type=cloud</c>) and expected.txt, the
/// diagnostics as policy-lint prints them in text format (empty when the policy is clean).
/// Run with UPDATE_GOLDEN=1 to rewrite the expected files, then review the diff.
/// </summary>
public class GoldenFixtureTests
{
    public static string TestDataDirectory([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "testdata");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.EnumerateDirectories(TestDataDirectory()).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(dir));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fixture_produces_the_expected_diagnostics(string name)
    {
        var dir = Path.Combine(TestDataDirectory(), name);
        var policyFile = new[] { "policy.yml", "policy.yaml", "policy.json" }.Select(f => Path.Combine(dir, f)).First(File.Exists);
        var text = File.ReadAllText(policyFile);
        var contextFile = Path.Combine(dir, "context.txt");
        var context = File.Exists(contextFile) ? ParseContext(File.ReadAllText(contextFile)) : EndpointContext.Default;
        var fileName = Path.GetFileName(policyFile);

        var compilation = PolicyCompiler.Compile(text, fileName, context);
        var actual = DiagnosticRenderer.Render(fileName, text, compilation.Diagnostics);

        var expectedFile = Path.Combine(dir, "expected.txt");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedFile, actual);
            return;
        }
        Assert.True(File.Exists(expectedFile), $"{name}: expected.txt is missing; run with UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(expectedFile).ReplaceLineEndings("\n"), actual);
        // The IR exists exactly when there is no error.
        Assert.Equal(!compilation.Diagnostics.Any(d => d.IsError), compilation.Policy is not null);
    }

    [Fact]
    public void There_are_at_least_forty_fixtures() => Assert.True(Cases().Count >= 40, $"only {Cases().Count} fixtures");

    /// <summary>Parses <c>scheme=https binding=internal type=cloud</c> (any subset, any order).</summary>
    internal static EndpointContext ParseContext(string text)
    {
        var context = EndpointContext.Default;
        foreach (var pair in text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = (pair[..pair.IndexOf('=')], pair[(pair.IndexOf('=') + 1)..]);
            context = key switch
            {
                "scheme" => context with { Scheme = SchemeNames.ParseScheme(value) ?? throw new FormatException(pair) },
                "binding" => context with { Binding = SchemeNames.ParseBinding(value) ?? throw new FormatException(pair) },
                "type" => context with { Type = SchemeNames.ParseType(value) ?? throw new FormatException(pair) },
                _ => throw new FormatException($"unknown context key in '{pair}'"),
            };
        }
        return context;
    }
}
