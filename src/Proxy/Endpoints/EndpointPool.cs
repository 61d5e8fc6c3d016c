namespace Policy.Proxy.Endpoints;

/// <summary>
/// The endpoints sharing one URL and binding (a pool when they all enable pooling; otherwise a pool
/// of one). Connections are spread over the members in turn; each connection then runs the chosen
/// member's own policy.
/// </summary>
public sealed class EndpointPool(IReadOnlyList<Endpoint> members)
{
    private uint _next;

    /// <summary>The members, in config order.</summary>
    public IReadOnlyList<Endpoint> Members { get; } = members;

    /// <summary>The member for the next connection.</summary>
    public Endpoint Pick()
    {
        if (Members.Count == 1) return Members[0];
        var i = Interlocked.Increment(ref _next) - 1;
        return Members[(int)(i % (uint)Members.Count)];
    }
}
