using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Policy.Proxy.Admin.Metrics;

/// <summary>A family of counters, one per label combination <typeparamref name="T"/>; safe to add to from any thread.</summary>
public sealed class CounterSet<T> where T : notnull
{
    private readonly ConcurrentDictionary<T, StrongBox<long>> _counters = new();

    /// <summary>Adds <paramref name="amount"/> to the counter for <paramref name="labels"/>.</summary>
    public void Add(T labels, long amount = 1)
    {
        var box = _counters.GetOrAdd(labels, static _ => new StrongBox<long>());
        Interlocked.Add(ref box.Value, amount);
    }

    /// <summary>The current value for <paramref name="labels"/> (0 when never counted).</summary>
    public long Get(T labels) => _counters.TryGetValue(labels, out var box) ? Volatile.Read(ref box.Value) : 0;

    /// <summary>Drops the counters whose labels match <paramref name="predicate"/>.</summary>
    public void RemoveWhere(Func<T, bool> predicate)
    {
        foreach (var labels in _counters.Keys)
        {
            if (predicate(labels)) _counters.TryRemove(labels, out _);
        }
    }

    /// <summary>Every counter, as it is now.</summary>
    public IEnumerable<(T Labels, long Value)> Snapshot() => _counters.Select(kv => (kv.Key, Volatile.Read(ref kv.Value.Value)));
}
