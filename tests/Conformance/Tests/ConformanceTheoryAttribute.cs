using Xunit.Sdk;

namespace Policy.Conformance.Tests;

/// <summary>
/// A theory over the conformance suite: skipped as a whole when <c>CEL_CONFORMANCE_DIR</c> is
/// unset; otherwise each protobuf row is reported as skipped with its own reason
/// (<see cref="ConformanceTheoryDiscoverer"/>).
/// </summary>
[XunitTestCaseDiscoverer("Policy.Conformance.Tests.ConformanceTheoryDiscoverer", "Policy.Conformance")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ConformanceTheoryAttribute : TheoryAttribute
{
    /// <summary>Creates the attribute, skipping when the suite is not configured.</summary>
    public ConformanceTheoryAttribute()
    {
        if (ConformanceData.Directory is null) Skip = ConformanceData.NotConfigured;
    }
}
