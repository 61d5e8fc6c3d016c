namespace Policy.Conformance.Engine;

/// <summary>How far an engine got with a request.</summary>
public enum EngineOutcome
{
    /// <summary>The expression did not parse.</summary>
    ParseError,
    /// <summary>The type checker rejected the expression.</summary>
    CheckError,
    /// <summary>The expression was evaluated; the value may be a <c>CelError</c> (an evaluation error).</summary>
    Value,
    /// <summary>The expression was only type-checked (<see cref="EngineRequest.CheckOnly"/>); no value.</summary>
    Checked,
}
