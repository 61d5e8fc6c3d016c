using Policy.Conformance.Model;

namespace Policy.Conformance.Running;

/// <summary>One test together with where it lives.</summary>
/// <param name="FileName">The data file's name without <c>.textproto</c> (<c>basic</c>).</param>
/// <param name="Section">The section holding the test.</param>
/// <param name="Test">The test.</param>
public sealed record ConformanceCase(string FileName, SimpleTestSection Section, SimpleTest Test)
{
    /// <summary>The test's id, <c>file/section/test</c>.</summary>
    public string Id => $"{FileName}/{Section.Name}/{Test.Name}";
}
