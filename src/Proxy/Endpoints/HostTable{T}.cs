using System.Diagnostics.CodeAnalysis;

namespace Policy.Proxy.Endpoints;

/// <summary>
/// Host names to values, matched the one way routing, policy lookup and certificate selection all
/// use: the exact name first, then the most specific wildcard (<c>*.b.example.com</c> before
/// <c>*.example.com</c>); a wildcard matches any depth (<c>*.example.com</c> matches
/// <c>a.b.example.com</c>) but not the bare suffix itself. Names must already be normalised.
/// </summary>
public sealed class HostTable<T> where T : class
{
    private readonly Dictionary<string, T> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T> _wildcards = new(StringComparer.Ordinal);

    /// <summary>Number of entries.</summary>
    public int Count => _exact.Count + _wildcards.Count;

    /// <summary>Adds <paramref name="host"/> (<c>name</c> or <c>*.suffix</c>); false when it is already present.</summary>
    public bool TryAdd(string host, T value) =>
        host.StartsWith("*.", StringComparison.Ordinal) ? _wildcards.TryAdd(host[2..], value) : _exact.TryAdd(host, value);

    /// <summary>The entry for exactly this pattern (<c>name</c> or <c>*.suffix</c>).</summary>
    public T? GetPattern(string host) =>
        host.StartsWith("*.", StringComparison.Ordinal) ? _wildcards.GetValueOrDefault(host[2..]) : _exact.GetValueOrDefault(host);

    /// <summary>Finds the value for a host name.</summary>
    public bool TryMatch(string name, [NotNullWhen(true)] out T? value)
    {
        if (_exact.TryGetValue(name, out value)) return true;
        if (_wildcards.Count > 0)
        {
            // Walk the suffixes from the longest: the first hit is the most specific wildcard.
            var lookup = _wildcards.GetAlternateLookup<ReadOnlySpan<char>>();
            var span = name.AsSpan();
            var dot = span.IndexOf('.');
            while (dot >= 0)
            {
                span = span[(dot + 1)..];
                if (lookup.TryGetValue(span, out value)) return true;
                dot = span.IndexOf('.');
            }
        }
        value = null;
        return false;
    }

    /// <summary>Every value.</summary>
    public IEnumerable<T> Values => _exact.Values.Concat(_wildcards.Values);
}
