namespace Policy.Runtime.Text;

/// <summary>
/// A set of Unicode code points (U+0000..U+10FFFF) as sorted, disjoint, non-adjacent inclusive
/// ranges. Every single-character item of an RE2 pattern (literal, <c>.</c>, class, escape)
/// becomes one of these, so that case folding and negation work on code points, not UTF-16 units.
/// </summary>
internal sealed class CodePointSet
{
    /// <summary>The largest Unicode code point.</summary>
    public const int MaxCodePoint = 0x10FFFF;

    private readonly List<(int Lo, int Hi)> _ranges = [];
    private bool _normalized = true;

    /// <summary>A set holding <paramref name="lo"/>..<paramref name="hi"/>.</summary>
    public static CodePointSet Of(int lo, int hi) => new CodePointSet().Add(lo, hi);

    /// <summary>A set holding the given ranges.</summary>
    public static CodePointSet Of(IEnumerable<(int Lo, int Hi)> ranges) => new CodePointSet().Add(ranges);

    /// <summary>The normalized ranges.</summary>
    public IReadOnlyList<(int Lo, int Hi)> Ranges
    {
        get
        {
            Normalize();
            return _ranges;
        }
    }

    /// <summary>True when no code point is in the set.</summary>
    public bool IsEmpty => _ranges.Count == 0;

    /// <summary>Adds the inclusive range <paramref name="lo"/>..<paramref name="hi"/>.</summary>
    public CodePointSet Add(int lo, int hi)
    {
        if (_ranges.Count > 0 && lo <= _ranges[^1].Hi + 1) _normalized = false;
        _ranges.Add((lo, hi));
        return this;
    }

    /// <summary>Adds every range of <paramref name="ranges"/>.</summary>
    public CodePointSet Add(IEnumerable<(int Lo, int Hi)> ranges)
    {
        foreach (var (lo, hi) in ranges) Add(lo, hi);
        return this;
    }

    /// <summary>True when <paramref name="cp"/> is in the set.</summary>
    public bool Contains(int cp)
    {
        Normalize();
        int lo = 0, hi = _ranges.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (cp < _ranges[mid].Lo) hi = mid - 1;
            else if (cp > _ranges[mid].Hi) lo = mid + 1;
            else return true;
        }
        return false;
    }

    /// <summary>The complement of this set within U+0000..U+10FFFF.</summary>
    public CodePointSet Negate()
    {
        Normalize();
        var result = new CodePointSet();
        var next = 0;
        foreach (var (lo, hi) in _ranges)
        {
            if (lo > next) result._ranges.Add((next, lo - 1));
            next = hi + 1;
        }
        if (next <= MaxCodePoint) result._ranges.Add((next, MaxCodePoint));
        return result;
    }

    /// <summary>
    /// Closes the set under simple case folding: every code point brings the rest of its orbit
    /// (k, K and U+212A KELVIN SIGN travel together). RE2 folds a class before negating it.
    /// </summary>
    public CodePointSet AddCaseFolds()
    {
        Normalize();
        var extra = new List<int>();
        foreach (var cp in UnicodeTables.FoldableCodePoints)
        {
            if (!Contains(cp)) continue;
            foreach (var other in UnicodeTables.CaseOrbit(cp)) extra.Add(other);
        }
        foreach (var cp in extra) Add(cp, cp);
        return this;
    }

    private void Normalize()
    {
        if (_normalized) return;
        _normalized = true;
        if (_ranges.Count < 2) return;
        _ranges.Sort();
        var w = 0;
        for (var r = 1; r < _ranges.Count; r++)
        {
            var (lo, hi) = _ranges[r];
            if (lo <= _ranges[w].Hi + 1)
            {
                if (hi > _ranges[w].Hi) _ranges[w] = (_ranges[w].Lo, hi);
            }
            else
            {
                _ranges[++w] = (lo, hi);
            }
        }
        _ranges.RemoveRange(w + 1, _ranges.Count - w - 1);
    }
}
