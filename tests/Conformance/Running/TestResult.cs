namespace Policy.Conformance.Running;

/// <summary>The verdict on one test with its explanation.</summary>
/// <param name="Id">The test id, <c>file/section/test</c>.</param>
/// <param name="Status">Pass, fail or skip.</param>
/// <param name="Detail">Why it failed or was skipped; empty for a pass.</param>
public sealed record TestResult(string Id, TestStatus Status, string Detail)
{
    /// <summary>The word used in reports: <c>pass</c>, <c>fail</c> or <c>skip</c>.</summary>
    public string StatusWord => Status switch
    {
        TestStatus.Pass => "pass",
        TestStatus.Fail => "fail",
        _ => "skip",
    };
}
