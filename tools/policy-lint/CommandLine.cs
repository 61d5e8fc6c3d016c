using Policy.Compiler.TrafficPolicy.Catalog;

namespace Policy.Lint;

/// <summary>Parses policy-lint's arguments; errors come back as messages, never exceptions.</summary>
internal static class CommandLine
{
    public const string Usage = """
        usage: policy-lint [--scheme tls|tcp|http|https] [--binding public|internal]
                           [--endpoint-type agent|cloud] [--format text|json|sarif|github]
                           [--warnings-as-errors] PATH...   (a file, a folder, or - for stdin)
               policy-lint compile POLICY -o OUT.dll [--scheme ...] [--binding ...] [--endpoint-type ...]
               policy-lint --explain CODE
        """;

    private static readonly string[] Formats = ["text", "json", "sarif", "github"];

    /// <summary>Parses lint options (and the shared context options of compile).</summary>
    public static (LintOptions? Options, string? Output, string? Error) Parse(IReadOnlyList<string> args, bool allowOutput = false)
    {
        var options = new LintOptions();
        var context = EndpointContext.Default;
        var paths = new List<string>();
        string? output = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string? Value()
            {
                if (arg.Contains('=')) return arg[(arg.IndexOf('=') + 1)..];
                return i + 1 < args.Count ? args[++i] : null;
            }
            var name = arg.Contains('=') && arg.StartsWith("--", StringComparison.Ordinal) ? arg[..arg.IndexOf('=')] : arg;
            switch (name)
            {
                case "--scheme":
                    if (Value() is not { } s || SchemeNames.ParseScheme(s) is not { } scheme) return Fail("--scheme takes tls, tcp, http or https");
                    context = context with { Scheme = scheme };
                    break;
                case "--binding":
                    if (Value() is not { } b || SchemeNames.ParseBinding(b) is not { } binding) return Fail("--binding takes public or internal");
                    context = context with { Binding = binding };
                    break;
                case "--endpoint-type":
                    if (Value() is not { } t || SchemeNames.ParseType(t) is not { } type) return Fail("--endpoint-type takes agent or cloud");
                    context = context with { Type = type };
                    break;
                case "--format":
                    if (Value() is not { } f || !Formats.Contains(f)) return Fail("--format takes text, json, sarif or github");
                    options = options with { Format = f };
                    break;
                case "--warnings-as-errors":
                    options = options with { WarningsAsErrors = true };
                    break;
                case "-o" or "--output" when allowOutput:
                    if (Value() is not { } o) return Fail("-o takes the output file");
                    output = o;
                    break;
                case "-":
                    paths.Add("-");
                    break;
                default:
                    if (arg.StartsWith('-')) return Fail($"unknown option '{arg}'");
                    paths.Add(arg);
                    break;
            }
        }
        if (paths.Count == 0) return Fail("no input: give a policy file, a folder, or - for standard input");
        return (options with { Context = context, Paths = paths }, output, null);

        static (LintOptions?, string?, string?) Fail(string message) => (null, null, message);
    }
}
