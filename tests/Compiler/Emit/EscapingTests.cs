using Policy.Compiler.Emit;
using Policy.Compiler.TrafficPolicy;
using Policy.Compiler.TrafficPolicy.Catalog;
using Policy.Runtime.Policies;
using Policy.Runtime.Traffic;
using Policy.Runtime.Values;

namespace Policy.Compiler.Tests.Emit;

/// <summary>
/// User strings that would break naive code generation must come out of the compiled policy
/// exactly as written: quotes, raw-string delimiters, backslashes, braces, line breaks, Unicode,
/// directives, comment openers and C# keywords as names.
/// </summary>
public class EscapingTests
{
    public static TheoryData<string> Hostile => new()
    {
        "\"; System.Environment.Exit(1); \"",
        "\"\"\" } class X { \"\"\"",
        "\\\\\\\\\\\" \\u0041",
        "{0} {{ }} ${x}",
        "line1\nline2\r\n#line 1 \"evil.cs\"",
        "/* open comment // and */ end",
        "\u2028\u2029\u0000\u001b é 😀",
        "#pragma warning restore\n#error boom",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Hostile_strings_keep_their_meaning_in_compiled_code(string hostile)
    {
        // The YAML double-quoted scalar holds a CEL single-quoted string that holds the value.
        var cel = "'" + hostile.Replace("\\", "\\\\").Replace("'", "\\'").Replace("\n", "\\n").Replace("\r", "\\r")
            .Replace("\u2028", "\\u2028").Replace("\u2029", "\\u2029").Replace("\u0000", "\\x00").Replace("\u001b", "\\x1b") + "'";
        string Yaml(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
        var policy = $"""
            on_tcp_connect:
              - expressions:
                  - {Yaml($"conn.tls.sni == {cel}")}
                actions:
                  - type: set-vars
                    config:
                      vars:
                        - class: {Yaml("${" + cel + "}")}
                        - return: {Yaml("x${" + cel + "}y")}
                  - type: log
                    config:
                      metadata:
                        static: {Yaml("${vars['class']}")}
            """;
        var result = PolicyCompiler.Compile(policy, "policy.yml", EndpointContext.Default);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var (compiled, _) = RoslynBackend.Compile(result.Policy!, "escaping");

        var context = new ConnectionContext();
        context.Tls.Sni = hostile;
        var outcome = await PolicyExecutor.RunAsync(compiled, context, new NoHost(), CancellationToken.None);
        Assert.Equal(PolicyOutcomeKind.Continue, outcome.Kind);
        Assert.Equal(hostile, ((CelString)context.Vars["class"]).Value);
        Assert.Equal("x" + hostile + "y", ((CelString)context.Vars["return"]).Value);
        Assert.Equal(hostile, Assert.Single(context.Logs)["static"]);

        var other = new ConnectionContext();
        other.Tls.Sni = hostile + "!";
        await PolicyExecutor.RunAsync(compiled, other, new NoHost(), CancellationToken.None);
        Assert.Empty(other.Vars);
    }

    private sealed class NoHost : IPolicyHost
    {
        public ValueTask<(string Code, string Message)?> ForwardInternalAsync(string url, ConnectionContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult<(string, string)?>(("ERR", "none"));
        public ValueTask<(string Code, string Message)?> TerminateTlsAsync(TerminateTlsAction action, string? certificatePem, string? privateKeyPem,
            IReadOnlyList<string> certificateAuthorities, ConnectionContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult<(string, string)?>(("ERR", "none"));
    }
}
