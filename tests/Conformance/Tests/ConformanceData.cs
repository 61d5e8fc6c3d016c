using Policy.Conformance.Engine;
using Policy.Conformance.Running;

namespace Policy.Conformance.Tests;

/// <summary>
/// The conformance files named by <c>CEL_CONFORMANCE_DIR</c>, loaded once per test run, and the
/// theory rows made from them. <c>CEL_CONFORMANCE_BACKEND</c> picks the engine backend
/// (default <c>interpreter</c>).
/// </summary>
public static class ConformanceData
{
    /// <summary>The environment variable naming the directory of <c>*.textproto</c> files.</summary>
    public const string DirectoryVariable = "CEL_CONFORMANCE_DIR";

    /// <summary>The environment variable naming the engine backend.</summary>
    public const string BackendVariable = "CEL_CONFORMANCE_BACKEND";

    /// <summary>Shown for conformance tests when the directory is not configured.</summary>
    public const string NotConfigured = "CEL_CONFORMANCE_DIR is not set (point it at a folder of CEL conformance *.textproto files)";

    private static readonly Lazy<IReadOnlyList<ConformanceFile>> LoadedFiles = new(() =>
        Directory is { } dir ? SuiteLoader.LoadDirectory(dir) : []);

    private static readonly Lazy<IReadOnlyDictionary<string, ConformanceCase>> Rows = new(BuildRows);

    private static readonly Lazy<ConformanceRunner> SharedRunner = new(() => new ConformanceRunner(EngineFactory.Create(Backend), Backend, SkipList.Default));

    private static readonly Lazy<ConformanceRunner> SkipDecider = new(() => new ConformanceRunner(null, Backend, SkipList.Default));

    /// <summary>The configured directory, or null.</summary>
    public static string? Directory => Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } dir ? dir : null;

    /// <summary>The configured backend.</summary>
    public static string Backend => Environment.GetEnvironmentVariable(BackendVariable) is { Length: > 0 } b ? b : EngineBackends.Interpreter;

    /// <summary>Every data file of the directory.</summary>
    public static IReadOnlyList<ConformanceFile> Files => LoadedFiles.Value;

    /// <summary>The runner the conformance theory uses.</summary>
    public static ConformanceRunner Runner => SharedRunner.Value;

    /// <summary>Theory rows: one id (<c>file/section/test</c>) per test.</summary>
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var id in Rows.Value.Keys) data.Add(id);
        return data;
    }

    /// <summary>Why the runner skips a test (it needs protobuf), or null when it runs; needs no engine.</summary>
    public static string? SkipReason(ConformanceCase testCase) => SkipDecider.Value.SkipReason(testCase, out _);

    /// <summary>The test behind a row id, or null.</summary>
    public static ConformanceCase? Find(string rowId) => Rows.Value.GetValueOrDefault(rowId);

    // Upstream files repeat a few names within a section; later ones get " #2", " #3" so every row is distinct.
    private static Dictionary<string, ConformanceCase> BuildRows()
    {
        var rows = new Dictionary<string, ConformanceCase>(StringComparer.Ordinal);
        foreach (var testCase in Files.SelectMany(f => f.Cases))
        {
            var id = testCase.Id;
            for (var n = 2; rows.ContainsKey(id); n++) id = $"{testCase.Id} #{n}";
            rows.Add(id, testCase);
        }
        return rows;
    }
}
