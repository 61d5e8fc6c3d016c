namespace Policy.Conformance.Engine;

/// <summary>The names accepted by <c>--backend</c>.</summary>
public static class EngineBackends
{
    /// <summary>The tree-walking interpreter (the default).</summary>
    public const string Interpreter = "interpreter";

    /// <summary>The Roslyn-compiled delegates.</summary>
    public const string Compiled = "compiled";

    /// <summary>Every backend name, the default first.</summary>
    public static IReadOnlyList<string> All { get; } = [Interpreter, Compiled];

    /// <summary>True for a known backend name.</summary>
    public static bool IsKnown(string name) => All.Contains(name, StringComparer.Ordinal);
}
