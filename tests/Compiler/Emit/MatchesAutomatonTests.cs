using System.Reflection;
using Policy.Compiler.Emit;
using Policy.Compiler.TrafficPolicy.Catalog;
using Policy.Runtime.Policies;
using Policy.Runtime.Text;
using Policy.Runtime.Traffic;
using Policy.Runtime.Values;

namespace Policy.Compiler.Tests.Emit;

/// <summary>
/// <c>matches</c> with a constant pattern compiles to an automaton written out as code; it must
/// answer as the regex the interpreter uses does, on every text.
/// </summary>
public class MatchesAutomatonTests
{
    private static readonly string[] Patterns =
    [
        "^[a-z]+\\.example\\.com$", "^(www|api)\\.example\\.(com|org)$", "\\.internal$", "^[a-z0-9-]{1,63}\\.example\\.com$",
        "example", "", "a*", "^", "$", "^$", "(?i)^APP\\.", "(?i)k", "^.$", "^..$", "(?s)^.+$", "^.+$", "\\n", "\\d{2,3}",
        "^\\x{1F600}", "[^a-z]", "^(a|b)*c$", "^(?:a{2}){1,3}$", "a|", "\\A\\z", "x\\z", "^a\\z|b", "[\\x{10000}-\\x{10FFFF}]",
        "é+$", "^\\QA.B\\E$", "[[:digit:]]+\\.[[:alpha:]]",
        // Fixed runs become C# string literals: quotes, backslashes, line breaks and braces must stay inside them.
        "^\"\\\\\\n\\x{2028}{}\\*/#line",
    ];

    private static readonly string[] Texts =
    [
        "", "app.example.com", "www.example.org", "api.example.com\n", "App.example.com", "db.internal", "x", "a\nb", "\n",
        "aaaa", "aac", "ababc", "\U0001F600", "\U0001F600x", "\uD800", "kelvin \u212A", "12.ab", "A.B", "é", "café", "x.internal.y",
        new string('a', 70) + ".example.com", "\"\\\n\u2028{}*/#line", "\"\\\n\u2028{}*/#lin",
    ];

    private static IReadOnlyList<CompiledExpression> Compile(IEnumerable<string> patterns)
    {
        var env = PolicyEnvironments.For(Scheme.Tls, Phases.OnTcpConnect);
        var checkedExprs = patterns.Select(p =>
        {
            var (checkedExpr, diagnostics) = env.Compile($"conn.tls.sni.matches('{p.Replace("\\", "\\\\", StringComparison.Ordinal)}')");
            Assert.True(checkedExpr is not null, string.Join("\n", diagnostics));
            return checkedExpr!;
        }).ToList();
        return ExpressionCompiler.CompileForConnections(checkedExprs);
    }

    [Fact]
    public void Compiled_automata_answer_as_the_regex_does()
    {
        var compiled = Compile(Patterns);
        for (var i = 0; i < Patterns.Length; i++)
        {
            var regex = Re2Regex.Get(Patterns[i]);
            foreach (var text in Texts)
            {
                var connection = new ConnectionContext();
                connection.Tls.Sni = text;
                var value = Assert.IsType<CelBool>(compiled[i](connection));
                Assert.True(regex.IsMatch(text) == value.Value, $"`{Patterns[i]}` on \"{text}\": compiled said {value.Value}");
            }
        }
    }

    private static int Matchers(CompiledExpression any) => any.Method.DeclaringType!.GetMethods(BindingFlags.NonPublic | BindingFlags.Static)
        .Count(m => m.ReturnType == typeof(bool) && m.GetParameters() is [{ ParameterType: var p }] && p == typeof(string));

    [Fact]
    public void Each_distinct_pattern_becomes_one_method_and_unsupported_ones_use_the_regex()
    {
        var compiled = Compile(["^a+$", "^a+$", "\\bword", "b"]);
        Assert.Equal(2, Matchers(compiled[0])); // ^a+$ once, b; \bword needs the regex
        var connection = new ConnectionContext();
        connection.Tls.Sni = "a word";
        Assert.Equal([false, false, true, false], compiled.Select(c => ((CelBool)c(connection)).Value));
    }

    [Fact]
    public void Automata_stop_at_the_class_budget_and_the_rest_use_the_regex()
    {
        // About 300 states and ranges each: the budget takes thirteen, the other seven keep the regex.
        var patterns = Enumerable.Range(0, 20).Select(i => $"^[a-z]{{0,100}}{i % 10}{(char)('A' + i)}$").ToList();
        var compiled = Compile(patterns);
        Assert.InRange(Matchers(compiled[0]), 10, 14);
        var connection = new ConnectionContext();
        foreach (var text in new[] { "abc5F", "abc5G", new string('q', 100) + "9T", new string('q', 101) + "9T" })
        {
            connection.Tls.Sni = text;
            for (var i = 0; i < patterns.Count; i++)
                Assert.Equal(Re2Regex.Get(patterns[i]).IsMatch(text), ((CelBool)compiled[i](connection)).Value);
        }
    }
}
