using Policy.Conformance.Engine;

namespace Policy.Conformance.Running;

/// <summary>
/// Runs conformance tests against an <see cref="ICelEngine"/>: decides skips (protobuf tests
/// only), builds the request, calls the engine and judges the result with <see cref="ResultJudge"/>.
/// </summary>
/// <param name="engine">The engine, or null when none is wired in (every runnable test then fails).</param>
/// <param name="backend">The backend name, for messages.</param>
/// <param name="skipList">Prefix-keyed skips; may only name protobuf tests.</param>
public sealed class ConformanceRunner(ICelEngine? engine, string backend, SkipList skipList)
{
    /// <summary>Runs one test. Never throws for a misbehaving engine: an exception is a failure.</summary>
    public TestResult Run(ConformanceCase testCase)
    {
        var id = testCase.Id;
        var test = testCase.Test;
        if (SkipReason(testCase, out var skipListViolation) is { } skip) return new TestResult(id, TestStatus.Skip, skip);
        if (skipListViolation is not null) return Fail(id, skipListViolation);
        if (test.Unsupported is not null) return Fail(id, $"unsupported test: {test.Unsupported}");
        if (!RequestBuilder.TryBuild(test, out var request, out var problem)) return Fail(id, $"cannot build the request: {problem}");
        if (engine is null) return Fail(id, EngineFactory.NotAvailable(backend));

        EngineResult result;
        try
        {
            result = engine.Run(request);
        }
#pragma warning disable CA1031 // Any engine exception is a test failure, reported with its type and message.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Fail(id, $"engine threw {e.GetType().Name}: {e.Message}");
        }
        return ResultJudge.Judge(id, test, result);
    }

    /// <summary>
    /// The reason to skip the test, or null when it must run. A skip-list entry that matches a
    /// test that does not need protobuf yields <paramref name="violation"/> instead of a skip.
    /// </summary>
    public string? SkipReason(ConformanceCase testCase, out string? violation)
    {
        violation = null;
        var protobuf = ProtobufClassifier.Reason(testCase.FileName, testCase.Test);
        if (skipList.Match(testCase.Id) is { } entry)
        {
            if (protobuf is not null) return $"needs protobuf: {entry.Reason}";
            violation = $"skip-list entry '{entry.Prefix}' matches a test that does not need protobuf; it must run";
            return null;
        }
        return protobuf is null ? null : $"needs protobuf: {protobuf}";
    }

    private static TestResult Fail(string id, string detail) => new(id, TestStatus.Fail, detail);
}
