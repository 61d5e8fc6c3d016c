using Policy.Runtime.Values;

namespace Policy.Runtime.Evaluation;

/// <summary>
/// Supplies variable values to an evaluation. The proxy implements it over its connection
/// state; tests and the conformance runner use <see cref="MapActivation"/>. Variables that are
/// declared with a typed getter (<see cref="VariableDecl.Getter"/>) are read through the getter
/// instead, so this lookup by name is only the fallback.
/// </summary>
public interface IActivation
{
    /// <summary>Looks a variable up by its fully qualified name.</summary>
    bool TryResolve(string name, out CelValue value);
}
