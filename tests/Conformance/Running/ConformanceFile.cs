using Policy.Conformance.Model;

namespace Policy.Conformance.Running;

/// <summary>A data file as loaded from disk: its tests, or why it could not be read.</summary>
/// <param name="FileName">The file name without <c>.textproto</c>.</param>
/// <param name="Path">The full path.</param>
/// <param name="Content">The parsed file, or null when it could not be read.</param>
/// <param name="LoadError">Why the file could not be read (with path, line and column), or null.</param>
public sealed record ConformanceFile(string FileName, string Path, SimpleTestFile? Content, string? LoadError)
{
    /// <summary>Every test of the file, in file order.</summary>
    public IEnumerable<ConformanceCase> Cases =>
        Content is null ? [] : Content.Sections.SelectMany(s => s.Tests.Select(t => new ConformanceCase(FileName, s, t)));
}
