using Policy.Runtime.Types;
using Policy.Runtime.Values;

namespace Policy.Conformance.Engine;

/// <summary>What an <see cref="ICelEngine"/> made of a request. Create one with the factory methods.</summary>
public sealed record EngineResult
{
    private EngineResult(EngineOutcome outcome, string message, CelValue? value, CelType? deducedType)
    {
        Outcome = outcome;
        Message = message;
        Value = value;
        DeducedType = deducedType;
    }

    /// <summary>How far the engine got.</summary>
    public EngineOutcome Outcome { get; }

    /// <summary>The parse or check error message; empty otherwise.</summary>
    public string Message { get; }

    /// <summary>The result of evaluation (a <c>CelError</c> for an evaluation error); null unless <see cref="Outcome"/> is <see cref="EngineOutcome.Value"/>.</summary>
    public CelValue? Value { get; }

    /// <summary>The checker's type of the whole expression, when the checker ran.</summary>
    public CelType? DeducedType { get; }

    /// <summary>The expression did not parse.</summary>
    public static EngineResult ParseError(string message) => new(EngineOutcome.ParseError, message, null, null);

    /// <summary>The checker rejected the expression.</summary>
    public static EngineResult CheckError(string message) => new(EngineOutcome.CheckError, message, null, null);

    /// <summary>The expression evaluated to <paramref name="value"/> (possibly a <c>CelError</c>); <paramref name="deducedType"/> is null when the checker did not run.</summary>
    public static EngineResult Evaluated(CelValue value, CelType? deducedType = null) => new(EngineOutcome.Value, "", value, deducedType);

    /// <summary>A check-only request type-checked to <paramref name="deducedType"/>.</summary>
    public static EngineResult Checked(CelType deducedType) => new(EngineOutcome.Checked, "", null, deducedType);
}
