using Policy.Conformance.Comparison;
using Policy.Conformance.Conversion;
using Policy.Conformance.Engine;
using Policy.Conformance.Model;
using Policy.Runtime.Values;

namespace Policy.Conformance.Running;

/// <summary>Compares what an engine produced with what a test expects.</summary>
public static class ResultJudge
{
    /// <summary>The verdict for <paramref name="result"/> against <paramref name="test"/>'s matcher.</summary>
    public static TestResult Judge(string id, SimpleTest test, EngineResult result)
    {
        var detail = Failure(test, result);
        return detail is null ? new TestResult(id, TestStatus.Pass, "") : new TestResult(id, TestStatus.Fail, detail);
    }

    private static string? Failure(SimpleTest test, EngineResult result)
    {
        var matcher = test.Matcher;
        switch (result.Outcome)
        {
            case EngineOutcome.ParseError: return $"parse error: {result.Message}";
            case EngineOutcome.CheckError: return $"check error: {result.Message}";
            case EngineOutcome.Checked when !test.CheckOnly: return "the engine only type-checked, but the test needs a value";
        }

        if (matcher.DeducedType is { } expectedType)
        {
            if (!TypeConverter.TryConvert(expectedType, out var type, out var problem)) return $"cannot convert the expected type: {problem}";
            if (ResultComparer.TypeDifference(type, result.DeducedType) is { } d) return d;
        }
        else if (test.CheckOnly)
        {
            return "a check_only test without typed_result.deduced_type";
        }
        if (test.CheckOnly) return null;

        var actual = result.Value ?? CelError.Of("the engine returned no value");
        if (matcher.Kind == MatcherKind.EvalError)
            return actual is CelError ? null : $"expected an evaluation error, got {actual} ({actual.Type.Name})";
        if (matcher.Value is null) return null;
        if (!ValueConverter.TryConvert(matcher.Value, out var expected, out var why)) return $"cannot convert the expected value: {why}";
        return ResultComparer.Difference(expected, actual);
    }
}
