namespace Policy.Conformance.Engine;

/// <summary>A function declared by a test's <c>type_env</c> (for the checker only; tests bind no implementation).</summary>
/// <param name="Name">The function name.</param>
/// <param name="Overloads">Its overloads.</param>
public sealed record FunctionDeclaration(string Name, IReadOnlyList<OverloadDeclaration> Overloads);
