using System.Collections.Immutable;

namespace Policy.Conformance.Model;

/// <summary>One test of a conformance file (<c>cel.expr.conformance.test.SimpleTest</c>).</summary>
public sealed record SimpleTest
{
    /// <summary>The test name, unique within its section.</summary>
    public required string Name { get; init; }

    /// <summary>What the test is about.</summary>
    public string Description { get; init; } = "";

    /// <summary>The CEL source.</summary>
    public string Expr { get; init; } = "";

    /// <summary>Parse without macro expansion.</summary>
    public bool DisableMacros { get; init; }

    /// <summary>Skip the type checker (parse, then evaluate).</summary>
    public bool DisableCheck { get; init; }

    /// <summary>Only type-check; compare <c>typed_result.deduced_type</c>, do not evaluate.</summary>
    public bool CheckOnly { get; init; }

    /// <summary>Declarations for the checker.</summary>
    public ImmutableArray<Decl> TypeEnv { get; init; } = [];

    /// <summary>The container (namespace) for name resolution; empty for none.</summary>
    public string Container { get; init; } = "";

    /// <summary>The locale (unused by the suite).</summary>
    public string Locale { get; init; } = "";

    /// <summary>The activation: variable name to value, in file order.</summary>
    public IReadOnlyDictionary<string, ValueProto> Bindings { get; init; } = ImmutableDictionary<string, ValueProto>.Empty;

    /// <summary>What the test expects.</summary>
    public ResultMatcher Matcher { get; init; } = ResultMatcher.DefaultTrue;

    /// <summary>
    /// Why this runner cannot run the test as written (an <c>unknown</c> matcher, an error-valued
    /// binding…), or null. Such tests are reported as failures, never skipped silently.
    /// </summary>
    public string? Unsupported { get; init; }

    /// <summary>The 1-based line of the test in its file.</summary>
    public int Line { get; init; }
}
