using Policy.Runtime.Functions;
using Policy.Runtime.Values;
using T = Policy.Runtime.Types.CelType;

namespace Policy.Runtime.Library.Standard;

public sealed partial class StandardLibrary
{
    private static IEnumerable<FunctionDecl> Internal()
    {
        yield return new("cel.@mapInsert", "Internal: a map with one more entry (used by the transformMap macros).",
            Overload.Global<CelMap, CelValue, CelValue, CelValue>("cel_@mapInsert_map_key_value", T.Map(A, B), A, B, T.Map(A, B), MapInsert),
            Overload.Global<CelMap, CelMap, CelValue>("cel_@mapInsert_map_map", T.Map(A, B), T.Map(A, B), T.Map(A, B), MapMerge));
    }

    /// <summary>The map with <paramref name="key"/> added; an error when the key is already present.</summary>
    public static CelValue MapInsert(CelMap map, CelValue key, CelValue value)
    {
        if (map.ContainsKey(key)) return CelError.Of($"insert failed: key {key} already exists");
        var keys = new List<CelValue>(map.Keys) { key };
        var values = new List<CelValue>(keys.Count);
        foreach (var k in map.Keys)
        {
            map.TryGetValue(k, out var v);
            values.Add(v);
        }
        values.Add(value);
        return CelMap.Create(keys, values);
    }

    /// <summary>The union of two maps; an error when they share a key.</summary>
    public static CelValue MapMerge(CelMap map, CelMap entries)
    {
        CelValue result = map;
        foreach (var k in entries.Keys)
        {
            entries.TryGetValue(k, out var v);
            result = MapInsert((CelMap)result, k, v);
            if (result.IsError) return result;
        }
        return result;
    }
}
