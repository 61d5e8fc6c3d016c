using Policy.Compiler.Diagnostics;
using Policy.Lint;
using Policy.Lint.Output;

// policy-lint: checks Traffic Policy files for TLS (and other) endpoints. Exit status: 0 no
// errors, 1 errors found, 2 usage or I/O error. No input makes it print a stack trace: anything
// unexpected is reported as an internal error with status 2.
try
{
    return Cli.Run(args, Console.In, Console.Out, Console.Error);
}
catch (Exception e)
{
    Console.Error.WriteLine($"policy-lint: internal error: {e.Message}");
    return 2;
}

namespace Policy.Lint
{
    /// <summary>The command line, separated from Main so tests can run it in process.</summary>
    internal static class Cli
    {
        public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
        {
            if (args is ["--help" or "-h"])
            {
                stdout.WriteLine(CommandLine.Usage);
                return 0;
            }
            if (args.Length >= 1 && args[0] == "--explain")
                return Explain(args.Length == 2 ? args[1] : null, stdout, stderr);
            if (args.Length >= 1 && args[0] == "compile")
                return CompileCommand.Run(args[1..], stdout, stderr);

            var (options, _, error) = CommandLine.Parse(args);
            if (options is null)
            {
                stderr.WriteLine($"policy-lint: {error}");
                stderr.WriteLine(CommandLine.Usage);
                return 2;
            }
            var (files, ioError) = new Linter(options, stdin).Run();
            if (ioError is not null)
            {
                stderr.WriteLine($"policy-lint: {ioError}");
                return 2;
            }
            stdout.Write(options.Format switch
            {
                "json" => JsonFormatter.Format(files),
                "sarif" => SarifFormatter.Format(files),
                "github" => GithubFormatter.Format(files),
                _ => TextFormatter.Format(files),
            });
            var all = files.SelectMany(f => f.Diagnostics).ToList();
            var errors = all.Count(d => d.Severity == Severity.Error);
            var warnings = all.Count(d => d.Severity == Severity.Warning);
            if (options.Format == "text")
                stderr.WriteLine($"{files.Count} file{(files.Count == 1 ? "" : "s")} checked: {errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}");
            return errors > 0 || (options.WarningsAsErrors && warnings > 0) ? 1 : 0;
        }

        private static int Explain(string? code, TextWriter stdout, TextWriter stderr)
        {
            if (code is null)
            {
                stderr.WriteLine("policy-lint: --explain takes one diagnostic code, e.g. policy-lint --explain TP2230");
                return 2;
            }
            if (DiagnosticCatalog.Find(code) is not { } d)
            {
                stderr.WriteLine($"policy-lint: unknown diagnostic code '{code}'; codes look like TP2230 or CEL2001");
                return 2;
            }
            stdout.WriteLine($"{d.Code}: {d.Title} ({d.DefaultSeverity.ToString().ToLowerInvariant()})");
            stdout.WriteLine();
            stdout.WriteLine(d.Explanation);
            return 0;
        }
    }
}
