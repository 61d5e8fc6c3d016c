namespace Policy.Lint.Tests;

/// <summary>
/// The compiler's golden fixtures (tests/Compiler/TrafficPolicy/testdata) linted by the real command
/// line: its text output is exactly the expected.txt the compiler tests render, and its exit status
/// follows from the severities there.
/// </summary>
public class FixtureTextTests
{
    private static string FixtureRoot => Path.Combine(LintHarness.RepositoryRoot(), "tests", "Compiler", "TrafficPolicy", "testdata");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.EnumerateDirectories(FixtureRoot).Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(dir));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Text_output_matches_the_fixture(string name)
    {
        var dir = Path.Combine(FixtureRoot, name);
        var policy = new[] { "policy.yml", "policy.yaml", "policy.json" }.Select(f => Path.Combine(dir, f)).First(File.Exists);
        var args = new List<string>();
        var contextFile = Path.Combine(dir, "context.txt");
        if (File.Exists(contextFile))
        {
            foreach (var pair in File.ReadAllText(contextFile).Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
            {
                var (key, value) = (pair[..pair.IndexOf('=')], pair[(pair.IndexOf('=') + 1)..]);
                args.Add(key switch { "scheme" => "--scheme", "binding" => "--binding", "type" => "--endpoint-type", _ => throw new FormatException(pair) });
                args.Add(value);
            }
        }
        args.Add(policy);

        var result = LintHarness.Run([.. args]);
        var expected = File.ReadAllText(Path.Combine(dir, "expected.txt")).ReplaceLineEndings("\n");
        Assert.Equal(expected, result.Stdout.Replace(policy + ":", Path.GetFileName(policy) + ":", StringComparison.Ordinal));
        Assert.Equal(expected.Contains(": error ", StringComparison.Ordinal) ? 1 : 0, result.ExitCode);
    }
}
