using System.Collections;
using System.Text;
using Policy.Runtime.Types;

namespace Policy.Runtime.Values;

/// <summary>A CEL <c>list</c>: an immutable sequence of values.</summary>
public abstract class CelList : CelValue, IReadOnlyList<CelValue>
{
    /// <summary>The empty list.</summary>
    public static readonly CelList Empty = new ArrayCelList([]);

    /// <summary>The number of elements.</summary>
    public abstract int Count { get; }

    /// <summary>The element at <paramref name="index"/> (0 ≤ index &lt; Count).</summary>
    public abstract CelValue this[int index] { get; }

    /// <summary>Wraps an array that the caller will not modify afterwards.</summary>
    public static CelList Wrap(CelValue[] items) => items.Length == 0 ? Empty : new ArrayCelList(items);

    /// <summary>A list of strings.</summary>
    public static CelList OfStrings(IReadOnlyList<string> items)
    {
        var values = new CelValue[items.Count];
        for (var i = 0; i < values.Length; i++) values[i] = CelString.Of(items[i]);
        return Wrap(values);
    }

    /// <inheritdoc/>
    public override CelKind Kind => CelKind.List;
    /// <inheritdoc/>
    public override CelType Type => CelType.ListOfDyn;

    /// <summary>True when some element equals <paramref name="value"/> (CEL <c>in</c>).</summary>
    public virtual bool Contains(CelValue value)
    {
        for (var i = 0; i < Count; i++)
            if (this[i].CelEquals(value)) return true;
        return false;
    }

    /// <inheritdoc/>
    public override bool CelEquals(CelValue other)
    {
        if (other is not CelList l || l.Count != Count) return false;
        for (var i = 0; i < Count; i++)
            if (!this[i].CelEquals(l[i])) return false;
        return true;
    }

    /// <inheritdoc/>
    public override int CelHash()
    {
        var h = new HashCode();
        for (var i = 0; i < Count; i++) h.Add(this[i].CelHash());
        return h.ToHashCode();
    }

    /// <inheritdoc/>
    public IEnumerator<CelValue> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public override string ToString()
    {
        var sb = new StringBuilder("[");
        for (var i = 0; i < Count; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(this[i]);
        }
        return sb.Append(']').ToString();
    }

    private sealed class ArrayCelList(CelValue[] items) : CelList
    {
        public override int Count => items.Length;
        public override CelValue this[int index] => items[index];
    }
}
