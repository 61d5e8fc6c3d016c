using System.Collections.Immutable;

namespace Policy.Conformance.Model;

/// <summary>A named group of tests (<c>SimpleTestSection</c>).</summary>
/// <param name="Name">The section name.</param>
/// <param name="Description">What the section covers.</param>
/// <param name="Tests">The tests in file order.</param>
public sealed record SimpleTestSection(string Name, string Description, ImmutableArray<SimpleTest> Tests);
