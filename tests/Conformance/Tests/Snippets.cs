using Policy.Conformance.Model;
using Policy.Conformance.Running;

namespace Policy.Conformance.Tests;

/// <summary>Builds model objects from small text-format snippets for tests.</summary>
internal static class Snippets
{
    /// <summary>A single test whose body (the fields inside <c>test { }</c>) is given.</summary>
    public static SimpleTest Test(string body) =>
        TestFileReader.Parse($"section {{ name: \"s\" test {{ name: \"t\" {body} }} }}").Sections[0].Tests[0];

    /// <summary>A single test as a case of file <paramref name="file"/>, section <c>s</c>, test <c>t</c>.</summary>
    public static ConformanceCase Case(string body, string file = "basic")
    {
        var section = TestFileReader.Parse($"section {{ name: \"s\" test {{ name: \"t\" {body} }} }}").Sections[0];
        return new ConformanceCase(file, section, section.Tests[0]);
    }
}
