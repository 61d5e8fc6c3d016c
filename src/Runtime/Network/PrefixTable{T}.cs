using System.Numerics;

namespace Policy.Runtime.Network;

/// <summary>
/// Longest-prefix match over one address family. CIDR ranges are either nested or disjoint,
/// so together they cut the address space into at most 2n+1 intervals, each owned by the most
/// specific range covering it (or by none). The table keeps those intervals as sorted start
/// addresses with their owners; a lookup is one binary search and allocates nothing.
/// </summary>
/// <typeparam name="T"><see cref="uint"/> for IPv4, <see cref="UInt128"/> for IPv6.</typeparam>
internal sealed class PrefixTable<T>
    where T : unmanaged, IBinaryInteger<T>, IUnsignedNumber<T>, IMinMaxValue<T>
{
    private readonly T[] _starts;
    private readonly int[] _owners;

    private PrefixTable(T[] starts, int[] owners)
    {
        _starts = starts;
        _owners = owners;
    }

    /// <summary>One range to add: its first and last address, prefix length and the owner id to report.</summary>
    internal readonly record struct Range(T First, T Last, int PrefixLength, int Owner);

    /// <summary>
    /// Builds the table. Where ranges nest, the inner (longer prefix) one owns the addresses it
    /// covers; where the same range is given twice, the smaller owner id wins.
    /// </summary>
    public static PrefixTable<T> Build(List<Range> ranges)
    {
        ranges.Sort(static (a, b) =>
        {
            var c = a.First.CompareTo(b.First);
            if (c != 0) return c;
            c = a.PrefixLength.CompareTo(b.PrefixLength);
            return c != 0 ? c : a.Owner.CompareTo(b.Owner);
        });

        var starts = new List<T>(2 * ranges.Count + 1);
        var owners = new List<int>(2 * ranges.Count + 1);
        Emit(T.Zero, -1);

        // The ranges enclosing the current position, innermost on top.
        var open = new Stack<Range>();
        Range? previous = null;
        foreach (var r in ranges)
        {
            if (previous is { } p && p.First == r.First && p.PrefixLength == r.PrefixLength) continue;
            previous = r;
            while (open.Count > 0 && open.Peek().Last < r.First)
            {
                // The popped range ends before r starts, so Last + 1 cannot overflow.
                var closed = open.Pop();
                Emit(closed.Last + T.One, open.Count > 0 ? open.Peek().Owner : -1);
            }
            Emit(r.First, r.Owner);
            open.Push(r);
        }
        while (open.Count > 0)
        {
            var closed = open.Pop();
            // Ranges reaching the top of the address space close nothing after them.
            if (closed.Last == T.MaxValue) continue;
            Emit(closed.Last + T.One, open.Count > 0 ? open.Peek().Owner : -1);
        }
        return new PrefixTable<T>([.. starts], [.. owners]);

        void Emit(T at, int owner)
        {
            if (starts.Count > 0 && starts[^1] == at) owners[^1] = owner;
            else if (owners.Count == 0 || owners[^1] != owner)
            {
                starts.Add(at);
                owners.Add(owner);
            }
        }
    }

    /// <summary>The number of intervals (for tests and diagnostics).</summary>
    public int IntervalCount => _starts.Length;

    /// <summary>The owner of the most specific range containing <paramref name="key"/>, or -1.</summary>
    public int Find(T key)
    {
        // The last interval starting at or before the key; _starts[0] is zero, so one exists.
        var starts = _starts;
        int lo = 0, hi = starts.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= key) lo = mid;
            else hi = mid - 1;
        }
        return _owners[lo];
    }
}
