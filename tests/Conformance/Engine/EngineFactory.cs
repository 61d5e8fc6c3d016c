namespace Policy.Conformance.Engine;

/// <summary>
/// Creates the engine for a backend. This is the single place where the CEL engine is wired
/// into the conformance runner.
/// </summary>
public static class EngineFactory
{
    /// <summary>
    /// The engine for <paramref name="backend"/>, or null while no engine is wired in (the
    /// runner then fails every runnable test with <see cref="NotAvailable"/>).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="backend"/> is not one of <see cref="EngineBackends.All"/>.</exception>
    public static ICelEngine? Create(string backend)
    {
        if (!EngineBackends.IsKnown(backend))
            throw new ArgumentException($"unknown backend '{backend}' (expected {string.Join(" or ", EngineBackends.All)})", nameof(backend));
        return backend == EngineBackends.Interpreter ? new InterpreterEngine() : new CompiledEngine();
    }

    /// <summary>The failure detail reported for every test while <see cref="Create"/> returns null.</summary>
    public static string NotAvailable(string backend) =>
        $"engine not available: EngineFactory.Create has no CEL engine wired in for backend '{backend}'";
}
