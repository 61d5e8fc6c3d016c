using System.Text;
using Policy.Runtime.Types;

namespace Policy.Runtime.Values;

/// <summary>
/// A CEL <c>map</c>. Keys are <c>int</c>, <c>uint</c>, <c>bool</c> or <c>string</c>; numeric keys
/// match across kinds (<c>{1u: 'a'}[1]</c>). Iteration follows insertion order.
/// </summary>
public abstract class CelMap : CelValue
{
    /// <summary>The empty map.</summary>
    public static readonly CelMap Empty = new DictionaryCelMap(new Dictionary<CelValue, CelValue>(KeyComparer.Instance), []);

    /// <summary>The number of entries.</summary>
    public abstract int Count { get; }

    /// <summary>The keys, in insertion order.</summary>
    public abstract IReadOnlyList<CelValue> Keys { get; }

    /// <summary>Looks a key up (numeric keys of any kind match by value).</summary>
    public abstract bool TryGetValue(CelValue key, out CelValue value);

    /// <summary>True when <paramref name="key"/> is present.</summary>
    public bool ContainsKey(CelValue key) => TryGetValue(key, out _);

    /// <summary>True for the kinds that may be map keys.</summary>
    public static bool IsValidKey(CelValue key) => key.Kind is CelKind.Int or CelKind.Uint or CelKind.Bool or CelKind.String;

    /// <summary>
    /// Builds a map, or returns an error when a key is not a valid key kind or appears twice
    /// (<c>{0: 1, 0u: 2}</c> repeats a key).
    /// </summary>
    public static CelValue Create(IReadOnlyList<CelValue> keys, IReadOnlyList<CelValue> values)
    {
        var dict = new Dictionary<CelValue, CelValue>(keys.Count, KeyComparer.Instance);
        var order = new CelValue[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            var k = keys[i];
            if (!IsValidKey(k)) return CelError.UnsupportedKeyType(k);
            if (!dict.TryAdd(k, values[i])) return CelError.Of($"Failed with repeated key: {k}");
            order[i] = k;
        }
        return order.Length == 0 ? Empty : new DictionaryCelMap(dict, order);
    }

    /// <summary>Builds a map with string keys (later duplicates replace earlier ones).</summary>
    public static CelMap OfStrings(IEnumerable<KeyValuePair<string, CelValue>> entries)
    {
        var dict = new Dictionary<CelValue, CelValue>(KeyComparer.Instance);
        var order = new List<CelValue>();
        foreach (var (k, v) in entries)
        {
            var key = CelString.Of(k);
            if (!dict.ContainsKey(key)) order.Add(key);
            dict[key] = v;
        }
        return new DictionaryCelMap(dict, order);
    }

    /// <inheritdoc/>
    public override CelKind Kind => CelKind.Map;
    /// <inheritdoc/>
    public override CelType Type => CelType.MapOfDyn;

    /// <inheritdoc/>
    public override bool CelEquals(CelValue other)
    {
        if (other is not CelMap m || m.Count != Count) return false;
        foreach (var k in Keys)
        {
            if (!m.TryGetValue(k, out var v) || !TryGetValue(k, out var mine) || !mine.CelEquals(v)) return false;
        }
        return true;
    }

    /// <inheritdoc/>
    public override int CelHash() => Count;

    /// <inheritdoc/>
    public override string ToString()
    {
        var sb = new StringBuilder("{");
        var first = true;
        foreach (var k in Keys)
        {
            if (!first) sb.Append(", ");
            first = false;
            TryGetValue(k, out var v);
            sb.Append(k).Append(": ").Append(v);
        }
        return sb.Append('}').ToString();
    }

    private sealed class DictionaryCelMap(Dictionary<CelValue, CelValue> entries, IReadOnlyList<CelValue> order) : CelMap
    {
        public override int Count => entries.Count;
        public override IReadOnlyList<CelValue> Keys => order;

        public override bool TryGetValue(CelValue key, out CelValue value)
        {
            // A double key finds an int or uint key of the same value; a fractional one finds nothing.
            if (key is CelDouble d)
            {
                if (Numbers.TryGetInt64(d, out var l)) key = CelInt.Of(l);
                else if (d.Value >= 0 && d.Value < 18446744073709551616.0 && Math.Floor(d.Value) == d.Value) key = CelUint.Of((ulong)d.Value);
                else { value = null!; return false; }
            }
            return entries.TryGetValue(key, out value!);
        }
    }

    /// <summary>Key equality for maps: numeric kinds by value, others by kind and value.</summary>
    private sealed class KeyComparer : IEqualityComparer<CelValue>
    {
        public static readonly KeyComparer Instance = new();
        public bool Equals(CelValue? x, CelValue? y) => x is not null && y is not null && x.CelEquals(y);
        public int GetHashCode(CelValue obj) => obj.CelHash();
    }
}
