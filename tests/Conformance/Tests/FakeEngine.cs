using Policy.Conformance.Engine;

namespace Policy.Conformance.Tests;

/// <summary>A stand-in engine for runner tests: answers with a function and remembers the requests.</summary>
/// <param name="answer">Produces the result for a request.</param>
public sealed class FakeEngine(Func<EngineRequest, EngineResult> answer) : ICelEngine
{
    /// <summary>Every request received, in order.</summary>
    public List<EngineRequest> Requests { get; } = [];

    /// <inheritdoc/>
    public EngineResult Run(EngineRequest request)
    {
        Requests.Add(request);
        return answer(request);
    }
}
