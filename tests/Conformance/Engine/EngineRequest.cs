using Policy.Runtime.Types;
using Policy.Runtime.Values;

namespace Policy.Conformance.Engine;

/// <summary>Everything an engine needs to run one conformance test.</summary>
public sealed record EngineRequest
{
    private static readonly IReadOnlyDictionary<string, CelType> NoIdentifiers = new Dictionary<string, CelType>();
    private static readonly IReadOnlyDictionary<string, CelValue> NoBindings = new Dictionary<string, CelValue>();

    /// <summary>The CEL source text.</summary>
    public required string Expr { get; init; }

    /// <summary>The container (namespace) for name resolution, such as <c>com.example</c>; empty for none.</summary>
    public string Container { get; init; } = "";

    /// <summary>Parse without expanding macros (<c>has</c>, <c>all</c>, <c>map</c>…).</summary>
    public bool DisableMacros { get; init; }

    /// <summary>Do not type-check: parse, then evaluate dynamically.</summary>
    public bool DisableCheck { get; init; }

    /// <summary>Only type-check and report the deduced type (<see cref="EngineResult.Checked"/>); do not evaluate.</summary>
    public bool CheckOnly { get; init; }

    /// <summary>Declared identifiers (possibly qualified, such as <c>com.example.y</c>) and their types.</summary>
    public IReadOnlyDictionary<string, CelType> Identifiers { get; init; } = NoIdentifiers;

    /// <summary>Declared functions with their overload signatures.</summary>
    public IReadOnlyList<FunctionDeclaration> Functions { get; init; } = [];

    /// <summary>The activation: variable name to value.</summary>
    public IReadOnlyDictionary<string, CelValue> Bindings { get; init; } = NoBindings;
}
