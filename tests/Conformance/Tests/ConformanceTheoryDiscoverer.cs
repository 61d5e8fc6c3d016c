using Xunit.Abstractions;
using Xunit.Sdk;

namespace Policy.Conformance.Tests;

/// <summary>
/// Discovers conformance rows like a normal theory, except that a row the runner would skip
/// (a protobuf test) becomes a skipped test case carrying the runner's reason.
/// </summary>
/// <param name="diagnosticMessageSink">Where xunit wants diagnostics.</param>
public sealed class ConformanceTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    /// <inheritdoc/>
    protected override IEnumerable<IXunitTestCase> CreateTestCasesForDataRow(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute, object[] dataRow)
    {
        if (dataRow is [string id] && ConformanceData.Find(id) is { } testCase
            && ConformanceData.SkipReason(testCase) is { } reason)
        {
            return
            [
                new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(),
                    discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason, dataRow),
            ];
        }
        return base.CreateTestCasesForDataRow(discoveryOptions, testMethod, theoryAttribute, dataRow);
    }
}
