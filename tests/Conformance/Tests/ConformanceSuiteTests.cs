using Policy.Conformance.Running;

namespace Policy.Conformance.Tests;

/// <summary>The conformance suite from <c>CEL_CONFORMANCE_DIR</c>, one row per test.</summary>
public sealed class ConformanceSuiteTests
{
    /// <summary>The rows.</summary>
    public static TheoryData<string> Cases() => ConformanceData.Cases();

    [ConformanceTheory]
    [MemberData(nameof(Cases))]
    public void Conformance_test_passes(string id)
    {
        var testCase = ConformanceData.Find(id);
        Assert.NotNull(testCase);
        var result = ConformanceData.Runner.Run(testCase);
        if (result.Status == TestStatus.Fail) Assert.Fail($"{result.Id}: {result.Detail}\n  expr: {testCase.Test.Expr}");
    }

    [ConformanceFact]
    public void Every_conformance_file_parses()
    {
        var files = ConformanceData.Files;
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.Null(f.LoadError));
        Assert.Contains(files, f => f.Cases.Any());
    }
}
