using Policy.Runtime.Functions;
using Policy.Runtime.Values;
using T = Policy.Runtime.Types.CelType;

namespace Policy.Runtime.Library.Optional;

/// <summary>
/// CEL's optional types: <c>optional.of</c>, <c>optional.ofNonZeroValue</c>, <c>optional.none</c>,
/// <c>hasValue</c>, <c>value</c>, <c>or</c>, <c>orValue</c>, and the optional selection
/// <c>x.?f</c> and indexing <c>x[?k]</c> operators. (<c>optMap</c> and <c>optFlatMap</c> are macros.)
/// </summary>
public sealed class OptionalLibrary : CelLibrary
{
    private static readonly T A = T.Param("A");
    private static readonly T K = T.Param("K");
    private static readonly T V = T.Param("V");

    /// <summary>The shared instance.</summary>
    public static readonly OptionalLibrary Instance = new();

    /// <inheritdoc/>
    public override string Name => "optional";

    /// <inheritdoc/>
    public override IEnumerable<FunctionDecl> Functions =>
    [
        new("optional.of", "An optional holding the value.",
            Overload.Global<CelValue, CelValue>("optional_of", A, T.Optional(A), OptionalFunctions.Of)),
        new("optional.ofNonZeroValue", "An optional holding the value, or empty for a zero value (null, false, 0, '', [], {}…).",
            Overload.Global<CelValue, CelValue>("optional_ofNonZeroValue", A, T.Optional(A), OptionalFunctions.OfNonZeroValue)),
        new("optional.none", "The empty optional.",
            Overload.Global<CelValue>("optional_none", T.Optional(A), OptionalFunctions.None)),
        new("hasValue", "Whether the optional holds a value.",
            Overload.Member<CelOptional, bool>("optional_hasValue", T.Optional(A), T.Bool, OptionalFunctions.HasValue)),
        new("value", "The value of the optional; an error when it is empty.",
            Overload.Member<CelOptional, CelValue>("optional_value", T.Optional(A), A, OptionalFunctions.Value)),
        new("or", "This optional when it holds a value, otherwise the other one.",
            Overload.Member<CelOptional, CelOptional, CelValue>("optional_or_optional", T.Optional(A), T.Optional(A), T.Optional(A), OptionalFunctions.Or)),
        new("orValue", "The optional's value, or the given value when it is empty.",
            Overload.Member<CelOptional, CelValue, CelValue>("optional_orValue_value", T.Optional(A), A, A, OptionalFunctions.OrValue)),
        new("_?._", "Optional field selection x.?f: an optional holding the field when it is present.",
            Overload.Global<CelValue, string, CelValue>("select_optional_field", T.Dyn, T.String, T.Optional(T.Dyn), OptionalFunctions.SelectOptional)),
        new("_[?_]", "Optional indexing x[?k]: an optional holding the element when it is present.",
            Overload.Global<CelValue, CelValue, CelValue>("list_optindex_optional_int", T.List(V), T.Int, T.Optional(V), OptionalFunctions.IndexOptional),
            Overload.Global<CelValue, CelValue, CelValue>("optional_list_optindex_optional_int", T.Optional(T.List(V)), T.Int, T.Optional(V), OptionalFunctions.IndexOptional),
            Overload.Global<CelValue, CelValue, CelValue>("map_optindex_optional_value", T.Map(K, V), K, T.Optional(V), OptionalFunctions.IndexOptional),
            Overload.Global<CelValue, CelValue, CelValue>("optional_map_optindex_optional_value", T.Optional(T.Map(K, V)), K, T.Optional(V), OptionalFunctions.IndexOptional)),
        new("_[_]", "Indexing an optional list or map gives an optional result.",
            Overload.Global<CelOptional, CelValue, CelValue>("optional_list_index_int", T.Optional(T.List(V)), T.Int, T.Optional(V), OptionalFunctions.IndexOnOptional),
            Overload.Global<CelOptional, CelValue, CelValue>("optional_map_index_value", T.Optional(T.Map(K, V)), K, T.Optional(V), OptionalFunctions.IndexOnOptional)),
    ];
}
