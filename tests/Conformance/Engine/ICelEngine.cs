namespace Policy.Conformance.Engine;

/// <summary>
/// The CEL engine under test, as the conformance runner sees it: parse, check (unless
/// disabled) and evaluate one expression. Implementations must report CEL failures through
/// <see cref="EngineResult"/>, not exceptions (the runner turns an exception into a failed test).
/// </summary>
public interface ICelEngine
{
    /// <summary>Runs one conformance test's expression.</summary>
    EngineResult Run(EngineRequest request);
}
