using System.Globalization;
using Policy.Conformance.Engine;
using Policy.Conformance.Running;

namespace Policy.Conformance.Cli;

/// <summary>
/// The console runner: runs every test of the given directories, prints per-file counts and a
/// final <c>N passed, N failed, N skipped</c> line, optionally writes a per-test report.
/// Exit code 0 when nothing failed, 1 when something did, 2 for a usage error.
/// </summary>
public static class ConsoleCommand
{
    /// <summary>Runs the command with the engine from <see cref="EngineFactory"/>.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error) =>
        Run(args, output, error, EngineFactory.Create);

    /// <summary>Runs the command with an engine from <paramref name="createEngine"/> (tests pass a fake).</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, Func<string, ICelEngine?> createEngine)
    {
        var options = CommandLineOptions.Parse(args, out var usageError);
        if (options is null)
        {
            error.WriteLine($"error: {usageError}");
            error.WriteLine(CommandLineOptions.Usage);
            return 2;
        }
        if (options.ShowHelp)
        {
            output.WriteLine(CommandLineOptions.Usage);
            return 0;
        }

        var runner = new ConformanceRunner(createEngine(options.Backend), options.Backend, SkipList.Default);
        var results = new List<TestResult>();
        foreach (var file in options.Paths.SelectMany(LoadFiles))
        {
            var fileResults = RunFile(runner, file);
            results.AddRange(fileResults);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file.FileName}: {Summary(fileResults)}"));
            if (file.LoadError is not null) output.WriteLine($"  {file.LoadError}");
        }
        if (options.ReportPath is not null) WriteReport(options.ReportPath, results);
        output.WriteLine(Summary(results));
        return results.Any(r => r.Status == TestStatus.Fail) ? 1 : 0;
    }

    private static IEnumerable<ConformanceFile> LoadFiles(string path) =>
        Directory.Exists(path) ? SuiteLoader.LoadDirectory(path) : [SuiteLoader.LoadFile(path)];

    // A file that cannot be read counts as one failure, so a broken file never passes silently.
    private static List<TestResult> RunFile(ConformanceRunner runner, ConformanceFile file) =>
        file.LoadError is not null
            ? [new TestResult(file.FileName, TestStatus.Fail, $"cannot read the file: {file.LoadError}")]
            : [.. file.Cases.Select(runner.Run)];

    /// <summary>The counts line, <c>N passed, N failed, N skipped</c>.</summary>
    public static string Summary(IReadOnlyCollection<TestResult> results) => string.Create(CultureInfo.InvariantCulture,
        $"{results.Count(r => r.Status == TestStatus.Pass)} passed, {results.Count(r => r.Status == TestStatus.Fail)} failed, {results.Count(r => r.Status == TestStatus.Skip)} skipped");

    private static void WriteReport(string path, IEnumerable<TestResult> results)
    {
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        writer.NewLine = "\n";
        foreach (var r in results)
            writer.WriteLine($"{r.Id}\t{r.StatusWord}\t{OneLine(r.Detail)}");
    }

    // Details may quote expressions with newlines or tabs; the report keeps one line per test.
    private static string OneLine(string detail) =>
        detail.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
}
