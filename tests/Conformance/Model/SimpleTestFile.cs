using System.Collections.Immutable;

namespace Policy.Conformance.Model;

/// <summary>A conformance data file (<c>SimpleTestFile</c>).</summary>
/// <param name="Name">The <c>name</c> field inside the file (may differ from the file name).</param>
/// <param name="Description">What the file covers.</param>
/// <param name="Sections">The sections in file order.</param>
public sealed record SimpleTestFile(string Name, string Description, ImmutableArray<SimpleTestSection> Sections);
