using System.Collections.Immutable;

namespace Policy.Conformance.Model;

/// <summary>What a test expects.</summary>
/// <param name="Kind">Which matcher the file sets.</param>
/// <param name="Value">The expected value (<c>value</c>, or <c>typed_result.result</c> when present).</param>
/// <param name="DeducedType">The expected checker type (<c>typed_result.deduced_type</c>).</param>
/// <param name="ErrorMessages">The messages of <c>eval_error</c> (hints only; not compared).</param>
/// <param name="IsDefault">True when the file sets no matcher, which means <c>value { bool_value: true }</c>.</param>
public sealed record ResultMatcher(
    MatcherKind Kind,
    ValueProto? Value,
    TypeProto? DeducedType,
    ImmutableArray<string> ErrorMessages,
    bool IsDefault = false)
{
    /// <summary>The matcher of a test that sets none: the result must be <c>true</c>.</summary>
    public static ResultMatcher DefaultTrue { get; } = new(MatcherKind.Value, ValueProto.OfBool(true), null, [], IsDefault: true);
}
