using Policy.Runtime.Values;

namespace Policy.Runtime.Library.Lists;

/// <summary>
/// The implementations behind <see cref="ListsLibrary"/>, one public static method per overload
/// (the C# emitter calls them directly). Sorting lives in <c>ListFunctions.Sort.cs</c>.
/// </summary>
public static partial class ListFunctions
{
    /// <summary>The largest list <c>lists.range</c> builds (cel-go's limit), so that a single call cannot exhaust memory.</summary>
    public const long MaxRangeSize = 10_000_000;

    /// <summary>
    /// <c>list.slice(start, end)</c>: the elements from index <paramref name="start"/> (inclusive)
    /// to <paramref name="end"/> (exclusive); an error for negative indices, for
    /// <paramref name="start"/> &gt; <paramref name="end"/>, or for <paramref name="end"/> past the end.
    /// </summary>
    public static CelValue Slice(CelList list, long start, long end)
    {
        if (start < 0 || end < 0)
            return CelError.Of($"slice({start}, {end}): negative indexes are not supported");
        if (start > end)
            return CelError.Of($"slice({start}, {end}): the start index must not be greater than the end index");
        if (end > list.Count)
            return CelError.Of($"slice({start}, {end}): the list has only {list.Count} elements");
        if (start == 0 && end == list.Count) return list;
        var items = new CelValue[end - start];
        for (var i = 0; i < items.Length; i++) items[i] = list[(int)start + i];
        return CelList.Wrap(items);
    }

    /// <summary><c>list.flatten()</c>: replaces each element that is a list by its elements (one level).</summary>
    public static CelList Flatten(CelList list) => FlattenTo(list, 1);

    /// <summary>
    /// <c>list.flatten(depth)</c>: flattens nested lists up to <paramref name="depth"/> levels
    /// (0 leaves the list as it is); an error for a negative depth.
    /// </summary>
    public static CelValue FlattenDepth(CelList list, long depth) =>
        depth < 0 ? CelError.Of($"flatten({depth}): the depth must not be negative") : FlattenTo(list, depth);

    private static CelList FlattenTo(CelList list, long depth)
    {
        if (depth == 0) return list;
        // An explicit stack rather than recursion: nesting comes from data (json.decode) and
        // must not be able to overflow the thread's stack.
        var result = new List<CelValue>(list.Count);
        var stack = new Stack<(CelList List, int Next)>();
        stack.Push((list, 0));
        while (stack.Count > 0)
        {
            var (current, next) = stack.Pop();
            if (next == current.Count) continue;
            stack.Push((current, next + 1));
            var item = current[next];
            // The stack holds the top list plus one entry per level entered, so its height
            // minus one is the number of levels already flattened.
            if (item is CelList inner && stack.Count - 1 < depth) stack.Push((inner, 0));
            else result.Add(item);
        }
        return CelList.Wrap([.. result]);
    }

    /// <summary>
    /// <c>list.distinct()</c>: the elements without repeats, in first-seen order. Repeats are
    /// found with CEL equality, so <c>1</c>, <c>1u</c> and <c>1.0</c> count as the same value
    /// (the first one stays) and NaN, which equals nothing, is never a repeat.
    /// </summary>
    public static CelList Distinct(CelList list)
    {
        if (list.Count < 2) return list;
        // CelValue's Equals and GetHashCode are CEL equality and its consistent hash.
        var seen = new HashSet<CelValue>(list.Count);
        var result = new List<CelValue>(list.Count);
        foreach (var item in list)
            if (seen.Add(item)) result.Add(item);
        return result.Count == list.Count ? list : CelList.Wrap([.. result]);
    }

    /// <summary>
    /// <c>lists.range(n)</c>: the ints 0 to n - 1; an error for a negative n or one above
    /// <see cref="MaxRangeSize"/>.
    /// </summary>
    public static CelValue Range(long n)
    {
        if (n < 0) return CelError.Of($"lists.range({n}): the size must not be negative");
        if (n > MaxRangeSize) return CelError.Of($"lists.range({n}): the size exceeds the limit of {MaxRangeSize}");
        var items = new CelValue[n];
        for (var i = 0; i < items.Length; i++) items[i] = CelInt.Of(i);
        return CelList.Wrap(items);
    }

    /// <summary><c>list.reverse()</c>: the elements in reverse order.</summary>
    public static CelList Reverse(CelList list)
    {
        if (list.Count < 2) return list;
        var items = new CelValue[list.Count];
        for (var i = 0; i < items.Length; i++) items[i] = list[items.Length - 1 - i];
        return CelList.Wrap(items);
    }

    /// <summary><c>list.first()</c>: the first element, or <c>optional.none()</c> for an empty list.</summary>
    public static CelOptional First(CelList list) => list.Count == 0 ? CelOptional.None : CelOptional.Of(list[0]);

    /// <summary><c>list.last()</c>: the last element, or <c>optional.none()</c> for an empty list.</summary>
    public static CelOptional Last(CelList list) => list.Count == 0 ? CelOptional.None : CelOptional.Of(list[^1]);
}
