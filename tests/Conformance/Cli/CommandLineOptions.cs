using Policy.Conformance.Engine;

namespace Policy.Conformance.Cli;

/// <summary>The parsed command line of the conformance runner.</summary>
/// <param name="Backend">The engine backend (<c>interpreter</c> or <c>compiled</c>).</param>
/// <param name="ReportPath">Where to write the per-test report, or null.</param>
/// <param name="Paths">Directories of <c>*.textproto</c> files (or single files).</param>
/// <param name="ShowHelp">True when <c>--help</c> was given.</param>
public sealed record CommandLineOptions(string Backend, string? ReportPath, IReadOnlyList<string> Paths, bool ShowHelp = false)
{
    /// <summary>The usage text.</summary>
    public const string Usage =
        "usage: Policy.Conformance [--backend interpreter|compiled] [--report FILE] DIR...\n" +
        "  Runs the CEL conformance tests in every *.textproto file of each DIR.\n" +
        "  --backend NAME  the engine to test (default: interpreter)\n" +
        "  --report FILE   write one line per test: file/section/test<TAB>pass|fail|skip<TAB>detail";

    /// <summary>Parses arguments; returns null and sets <paramref name="error"/> on a usage error.</summary>
    public static CommandLineOptions? Parse(IReadOnlyList<string> args, out string error)
    {
        error = "";
        var backend = EngineBackends.Interpreter;
        string? report = null;
        var paths = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "-h" or "--help":
                    return new CommandLineOptions(backend, report, paths, ShowHelp: true);
                case "--backend" or "--report":
                    if (i + 1 >= args.Count)
                    {
                        error = $"{arg} needs a value";
                        return null;
                    }
                    var value = args[++i];
                    if (arg == "--report") report = value;
                    else backend = value;
                    break;
                case "--":
                    paths.AddRange(args.Skip(i + 1));
                    i = args.Count;
                    break;
                default:
                    if (arg.StartsWith('-'))
                    {
                        error = $"unknown option {arg}";
                        return null;
                    }
                    paths.Add(arg);
                    break;
            }
        }
        if (!EngineBackends.IsKnown(backend)) error = $"unknown backend '{backend}' (expected {string.Join(" or ", EngineBackends.All)})";
        else if (paths.Count == 0) error = "no conformance directory given";
        else if (paths.FirstOrDefault(p => !Directory.Exists(p) && !File.Exists(p)) is { } missing) error = $"no such directory: {missing}";
        return error.Length == 0 ? new CommandLineOptions(backend, report, paths) : null;
    }
}
