using System.Globalization;
using Policy.Runtime.Types;

namespace Policy.Runtime.Values;

/// <summary>A CEL <c>int</c> (64-bit signed).</summary>
public sealed class CelInt : CelValue
{
    private const int CacheMin = -128, CacheMax = 1024;
    private static readonly CelInt[] Cache = CreateCache();

    private CelInt(long value) => Value = value;

    /// <summary>The value.</summary>
    public long Value { get; }

    /// <summary>A value; small ones are shared so that common results do not allocate.</summary>
    public static CelInt Of(long value) =>
        value is >= CacheMin and < CacheMax ? Cache[value - CacheMin] : new CelInt(value);

    private static CelInt[] CreateCache()
    {
        var cache = new CelInt[CacheMax - CacheMin];
        for (var i = 0; i < cache.Length; i++) cache[i] = new CelInt(i + CacheMin);
        return cache;
    }

    /// <inheritdoc/>
    public override CelKind Kind => CelKind.Int;
    /// <inheritdoc/>
    public override CelType Type => CelType.Int;
    /// <inheritdoc/>
    public override bool CelEquals(CelValue other) => Numbers.Compare(this, other) == 0;
    /// <inheritdoc/>
    public override int CelHash() => Value.GetHashCode();
    /// <inheritdoc/>
    public override int? CompareTo(CelValue other) => Numbers.Compare(this, other);
    /// <inheritdoc/>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
