using Policy.Runtime.Functions;
using Policy.Runtime.Types;
using Policy.Runtime.Values;
using F = Policy.Runtime.Library.Lists.ListFunctions;

namespace Policy.Runtime.Library.Lists;

/// <summary>
/// The lists extension (cel-go <c>ext.Lists</c>, which ngrok Traffic Policy documents under the
/// same names): <c>slice</c>, <c>flatten</c>, <c>sort</c>, the run-time half of <c>sortBy</c>,
/// <c>distinct</c>, <c>lists.range</c>, <c>reverse</c>, and the optional-returning
/// <c>first</c>/<c>last</c> (which cel-go keeps in its optional-types library).
/// </summary>
/// <remarks>
/// The <c>sortBy</c> macro belongs to the parser: <c>xs.sortBy(e, key)</c> becomes, in effect,
/// <c>cel.bind(@__sortBy_input__, xs, @__sortBy_input__.@sortByAssociatedKeys(@__sortBy_input__.map(e, key)))</c>,
/// a receiver-style call of <see cref="SortByAssociatedKeysFunction"/>.
/// </remarks>
public sealed class ListsLibrary : CelLibrary
{
    /// <summary>The receiver-style function the <c>sortBy</c> macro expands to.</summary>
    public const string SortByAssociatedKeysFunction = "@sortByAssociatedKeys";

    private static readonly CelType T = CelType.Param("T");
    private static readonly CelType ListT = CelType.List(T);

    /// <summary>The element types <c>sort</c> accepts, in cel-go's order (its overload ids use these names).</summary>
    private static readonly CelType[] Orderable =
    [
        CelType.Int, CelType.Uint, CelType.Double, CelType.Bool,
        CelType.Duration, CelType.Timestamp, CelType.String, CelType.Bytes,
    ];

    private static readonly FunctionDecl[] Declarations =
    [
        new("slice", "The sub-list from a start index (inclusive) to an end index (exclusive).",
            Overload.Member<CelList, long, long, CelValue>("list_slice", ListT, CelType.Int, CelType.Int, ListT, F.Slice)),
        new("flatten", "Replaces nested lists by their elements, one level or up to a given depth (a negative depth is an error).",
            Overload.Member<CelList, CelList>("list_flatten", CelType.List(ListT), ListT, F.Flatten),
            Overload.Member<CelList, long, CelValue>("list_flatten_int", CelType.ListOfDyn, CelType.Int, CelType.ListOfDyn, F.FlattenDepth)),
        new("sort", "Sorts a list whose elements all have the same orderable type.",
            Orderable.Select(t => Overload.Member<CelList, CelValue>($"list_{t.Name}_sort", CelType.List(t), CelType.List(t), F.Sort))),
        new(SortByAssociatedKeysFunction, "Sorts a list by the keys at the same indices of a second list (target of the sortBy macro).",
            Orderable.Select(t => Overload.Member<CelList, CelList, CelValue>(
                $"list_{t.Name}_sortByAssociatedKeys", ListT, CelType.List(t), ListT, F.SortByAssociatedKeys))),
        new("distinct", "The elements without repeats (by CEL equality), in first-seen order.",
            Overload.Member<CelList, CelList>("list_distinct", ListT, ListT, F.Distinct)),
        new("lists.range", "The list of ints from 0 to n - 1.",
            Overload.Global<long, CelValue>("lists_range", CelType.Int, CelType.List(CelType.Int), F.Range)),
        new("reverse", "The elements in reverse order.",
            Overload.Member<CelList, CelList>("list_reverse", ListT, ListT, F.Reverse)),
        new("first", "The first element as an optional value; optional.none() for an empty list.",
            Overload.Member<CelList, CelOptional>("list_first", ListT, CelType.Optional(T), F.First)),
        new("last", "The last element as an optional value; optional.none() for an empty list.",
            Overload.Member<CelList, CelOptional>("list_last", ListT, CelType.Optional(T), F.Last)),
    ];

    /// <inheritdoc/>
    public override string Name => "lists";

    /// <inheritdoc/>
    public override IEnumerable<FunctionDecl> Functions => Declarations;
}
