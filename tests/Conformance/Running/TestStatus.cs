namespace Policy.Conformance.Running;

/// <summary>The verdict on one test.</summary>
public enum TestStatus
{
    /// <summary>The engine produced the expected result.</summary>
    Pass,
    /// <summary>The engine did not (or the test could not be run).</summary>
    Fail,
    /// <summary>The test needs protobuf messages, which this project does not support.</summary>
    Skip,
}
