using Policy.Conformance.Conversion;
using Policy.Conformance.Engine;
using Policy.Conformance.Model;
using Policy.Conformance.Running;
using Policy.Runtime.Values;

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

    [ConformanceFact]
    public void An_engine_that_answers_what_each_test_expects_passes_every_runnable_test()
    {
        var results = ConformanceData.Files.SelectMany(f => f.Cases).Select(c =>
            new ConformanceRunner(new FakeEngine(_ => Oracle(c.Test)), EngineBackends.Interpreter, SkipList.Default).Run(c)).ToList();
        Assert.All(results, r => Assert.NotEqual(TestStatus.Fail, r.Status));
        Assert.Contains(results, r => r.Status == TestStatus.Pass);
    }

    // The result a perfect engine would give, built from the test's own expectation.
    private static EngineResult Oracle(SimpleTest test)
    {
        var matcher = test.Matcher;
        var type = matcher.DeducedType is { } t && TypeConverter.TryConvert(t, out var converted, out _) ? converted : null;
        if (test.CheckOnly) return EngineResult.Checked(type!);
        if (matcher.Kind == MatcherKind.EvalError) return EngineResult.Evaluated(CelError.Of("expected error"), type);
        if (matcher.Value is null) return EngineResult.Evaluated(CelNull.Instance, type);
        return ValueConverter.TryConvert(matcher.Value, out var value, out var problem)
            ? EngineResult.Evaluated(value, type)
            : EngineResult.Evaluated(CelError.Of(problem), type);
    }
}
