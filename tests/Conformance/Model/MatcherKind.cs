namespace Policy.Conformance.Model;

/// <summary>The <c>result_matcher</c> oneof of a <c>SimpleTest</c>.</summary>
public enum MatcherKind
{
    /// <summary><c>value</c>: an exact value (also used for an unset matcher, meaning <c>true</c>).</summary>
    Value,
    /// <summary><c>typed_result {result, deduced_type}</c>.</summary>
    TypedResult,
    /// <summary><c>eval_error</c>: any evaluation error passes.</summary>
    EvalError,
    /// <summary><c>any_eval_errors</c> (not used by the suite; reported as unsupported).</summary>
    AnyEvalErrors,
    /// <summary><c>unknown</c> (not used by the suite; reported as unsupported).</summary>
    Unknown,
    /// <summary><c>any_unknowns</c> (not used by the suite; reported as unsupported).</summary>
    AnyUnknowns,
}
