using Bogus;
using Policy.Compiler.Diagnostics;
using Policy.Compiler.TrafficPolicy;
using Policy.Compiler.TrafficPolicy.Catalog;

namespace Policy.Compiler.Tests.TrafficPolicy.Generation;

/// <summary>
/// Random policies from fixed seeds: valid TLS policies (in YAML and JSON, every scalar style) lint
/// without errors and lower to IR with all their rules; each structural mutation of one is
/// reported as an error; text mutations (control characters, random character changes,
/// truncation) never throw and always yield well-formed diagnostics.
/// </summary>
public class GeneratedPolicyTests
{
    private const int ValidCases = 300;
    private const int MutationCases = 560;
    private const int TextCases = 300;

    [Fact]
    public void Valid_generated_policies_lint_without_errors_in_yaml_and_json()
    {
        for (var seed = 1; seed <= ValidCases; seed++)
        {
            var generator = new PolicyGenerator(seed);
            var policy = generator.Policy();
            var writer = new DocWriter(generator.Random);
            var ruleCount = ((DocList)policy["on_tcp_connect"]!).Items.Count;
            foreach (var (text, path) in new[] { (writer.Yaml(policy), "policy.yml"), (writer.Json(policy), "policy.json") })
            {
                var compilation = PolicyCompiler.Compile(text, path, EndpointContext.Default);
                var errors = compilation.Diagnostics.Where(d => d.IsError).ToList();
                Assert.True(errors.Count == 0, $"seed {seed} ({path}) has errors:\n{Render(path, text, errors)}\n{text}");
                CheckLocations(text, compilation.Diagnostics, seed);
                Assert.NotNull(compilation.Policy);
                Assert.Equal(ruleCount, compilation.Policy.RulesOf(Phases.OnTcpConnect).Count);
            }
        }
    }

    [Fact]
    public void Every_structural_mutation_is_reported_as_an_error()
    {
        var counts = PolicyMutator.Kinds.ToDictionary(k => k, _ => 0);
        for (var seed = 1; seed <= MutationCases; seed++)
        {
            var generator = new PolicyGenerator(10_000 + seed);
            var policy = generator.Policy(maxRules: 4);
            var kind = PolicyMutator.Kinds[seed % PolicyMutator.Kinds.Length];
            var mutated = new PolicyMutator(generator.Random, generator.Grammar).Mutate(policy, kind);
            var writer = new DocWriter(generator.Random);
            var (text, path) = seed % 3 == 0 ? (writer.Json(mutated), "policy.json") : (writer.Yaml(mutated), "policy.yml");

            var compilation = PolicyCompiler.Compile(text, path, EndpointContext.Default);
            Assert.True(compilation.Diagnostics.Any(d => d.IsError), $"seed {seed}: mutation '{kind}' was not reported\n{text}");
            Assert.Null(compilation.Policy);
            CheckLocations(text, compilation.Diagnostics, seed);
            counts[kind]++;
        }
        Assert.All(counts, c => Assert.True(c.Value >= 10, $"mutation {c.Key} ran {c.Value} times"));
    }

    [Fact]
    public void A_control_character_anywhere_is_reported()
    {
        for (var seed = 1; seed <= TextCases; seed++)
        {
            var generator = new PolicyGenerator(20_000 + seed);
            var writer = new DocWriter(generator.Random);
            var policy = generator.Policy(maxRules: 3);
            var (text, path) = seed % 2 == 0 ? (writer.Json(policy), "policy.json") : (writer.Yaml(policy), "policy.yml");
            var at = generator.Random.Number(0, text.Length);
            // DEL is not printable in YAML but JSON allows it raw inside strings.
            var controls = path.EndsWith(".json", StringComparison.Ordinal) ? new[] { '\u0001', '\u0007', '\u001b' } : new[] { '\u0001', '\u0007', '\u001b', '\u007f' };
            var poisoned = text[..at] + generator.Random.ArrayElement(controls) + text[at..];

            var compilation = PolicyCompiler.Compile(poisoned, path, EndpointContext.Default);
            Assert.True(compilation.Diagnostics.Any(d => d.IsError), $"seed {seed}: a control character at {at} was not reported\n{poisoned}");
            CheckLocations(poisoned, compilation.Diagnostics, seed);
        }
    }

    [Fact]
    public void Random_character_changes_and_truncation_never_throw_and_diagnostics_are_well_formed()
    {
        var outcomes = new int[2];
        for (var seed = 1; seed <= TextCases; seed++)
        {
            var generator = new PolicyGenerator(30_000 + seed);
            var r = generator.Random;
            var writer = new DocWriter(r);
            var policy = generator.Policy(maxRules: 3);
            var (text, path) = seed % 2 == 0 ? (writer.Json(policy), "policy.json") : (writer.Yaml(policy), "policy.yml");
            var chars = text.ToCharArray();
            for (var flips = r.Number(1, 4); flips > 0; flips--)
                chars[r.Number(0, chars.Length - 1)] = r.ArrayElement(new[] { ' ', '\t', '\n', ':', '-', '"', '\'', '[', '{', '}', '#', '$', '!', '&', '*', '|', '>', 'x', '0', '\u00e9', '\ufffd' });
            var changed = new string(chars);
            if (seed % 5 == 0) changed = changed[..r.Number(0, changed.Length)];

            var compilation = PolicyCompiler.Compile(changed, path, EndpointContext.Default);
            CheckLocations(changed, compilation.Diagnostics, seed);
            Assert.Equal(compilation.Diagnostics.Any(d => d.IsError), compilation.Policy is null);
            outcomes[compilation.Diagnostics.Any(d => d.IsError) ? 1 : 0]++;
        }
        // Most changes break something, but not all (a changed letter in a log value is still valid).
        Assert.True(outcomes[1] > TextCases / 2, $"only {outcomes[1]} of {TextCases} changed texts had errors");
    }

    private static void CheckLocations(string text, IEnumerable<Diagnostic> diagnostics, int seed)
    {
        var lines = new SourceText(text).LineCount;
        foreach (var d in diagnostics)
        {
            var l = d.Location;
            Assert.True(l.Line >= 1 && l.Column >= 1 && l.Line <= lines, $"seed {seed}: {d} is outside the text ({lines} lines)");
            Assert.True(l.EndLine > l.Line || (l.EndLine == l.Line && l.EndColumn >= l.Column), $"seed {seed}: {d} ends before it starts");
            Assert.False(string.IsNullOrWhiteSpace(d.Message), $"seed {seed}: {d.Code} has no message");
        }
    }

    private static string Render(string path, string text, IEnumerable<Diagnostic> diagnostics) =>
        DiagnosticRenderer.Render(path, text, diagnostics);
}
