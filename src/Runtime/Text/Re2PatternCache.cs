namespace Policy.Runtime.Text;

/// <summary>
/// A thread-safe, bounded, least-recently-used cache of translated patterns. Compilation runs
/// outside the lock, so two threads may compile the same new pattern once each; the first one
/// stored wins and both results are equivalent.
/// </summary>
internal sealed class Re2PatternCache(int capacity)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<Re2Pattern>> _map = new(StringComparer.Ordinal);
    private readonly LinkedList<Re2Pattern> _order = new();

    /// <summary>The most entries kept.</summary>
    public int Capacity { get; } = capacity;

    /// <summary>The number of entries now held.</summary>
    public int Count
    {
        get
        {
            lock (_lock) return _map.Count;
        }
    }

    /// <summary>The cached entry for <paramref name="pattern"/>, compiling and storing it when absent.</summary>
    public Re2Pattern GetOrAdd(string pattern, Func<string, Re2Pattern> compile)
    {
        lock (_lock)
        {
            if (_map.TryGetValue(pattern, out var hit))
            {
                _order.Remove(hit);
                _order.AddFirst(hit);
                return hit.Value;
            }
        }
        var compiled = compile(pattern);
        lock (_lock)
        {
            if (_map.TryGetValue(pattern, out var raced)) return raced.Value;
            if (_map.Count >= Capacity)
            {
                var oldest = _order.Last!;
                _order.RemoveLast();
                _map.Remove(oldest.Value.Pattern);
            }
            _map[pattern] = _order.AddFirst(compiled);
            return compiled;
        }
    }
}
