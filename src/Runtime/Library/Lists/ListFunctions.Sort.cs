using Policy.Runtime.Values;

namespace Policy.Runtime.Library.Lists;

public static partial class ListFunctions
{
    /// <summary>
    /// <c>list.sort()</c>: the elements in ascending order. The elements must all have the same
    /// orderable type (int, uint, double, bool, string, bytes, timestamp or duration); anything
    /// else, including a mix of int and uint or a NaN, is an error. Equal elements keep their order.
    /// </summary>
    public static CelValue Sort(CelList list) => SortByKeys(list, list, "sort");

    /// <summary>
    /// <c>list.@sortByAssociatedKeys(keys)</c>, the run-time half of the <c>sortBy</c> macro: the
    /// elements of <paramref name="list"/> ordered by the element at the same index of
    /// <paramref name="keys"/>. The lists must have the same size and the keys must meet the
    /// rules of <see cref="Sort"/>. Elements with equal keys keep their order.
    /// </summary>
    public static CelValue SortByAssociatedKeys(CelList list, CelList keys) => SortByKeys(list, keys, "sortBy");

    private static CelValue SortByKeys(CelList list, CelList keys, string function)
    {
        if (list.Count != keys.Count)
            return CelError.Of($"{function}: the list has {list.Count} elements but there are {keys.Count} keys");
        if (keys.Count == 0) return list;

        var kind = keys[0].Kind;
        if (!IsOrderable(kind))
            return CelError.Of($"{function}: list elements must be comparable, not {keys[0].Type}");
        foreach (var key in keys)
        {
            if (key.Kind != kind)
                return CelError.Of($"{function}: list elements must have the same type, found {keys[0].Type} and {key.Type}");
            // Checked up front so that the comparison below is a total order.
            if (key is CelDouble d && double.IsNaN(d.Value))
                return CelError.Of($"{function}: NaN values cannot be ordered");
        }

        var order = new int[keys.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        // The index breaks ties, which makes the unstable Array.Sort stable.
        Array.Sort(order, (a, b) => keys[a].CompareTo(keys[b]) is int c && c != 0 ? c : a.CompareTo(b));

        var sorted = new CelValue[order.Length];
        for (var i = 0; i < order.Length; i++) sorted[i] = list[order[i]];
        return CelList.Wrap(sorted);
    }

    private static bool IsOrderable(CelKind kind) => kind is CelKind.Int or CelKind.Uint or CelKind.Double
        or CelKind.Bool or CelKind.String or CelKind.Bytes or CelKind.Timestamp or CelKind.Duration;
}
