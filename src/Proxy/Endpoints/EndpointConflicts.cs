using Policy.Proxy.Configuration;

namespace Policy.Proxy.Endpoints;

/// <summary>
/// The pooling rule: endpoints share a URL (and binding) only when every one of them enables
/// pooling; a second endpoint on a URL where either side has pooling off conflicts.
/// </summary>
public static class EndpointConflicts
{
    /// <summary>The first of <paramref name="existing"/> that <paramref name="candidate"/> may not sit beside, or null.</summary>
    public static EndpointConfig? Find(EndpointConfig candidate, IEnumerable<EndpointConfig> existing) =>
        existing.FirstOrDefault(e => !ReferenceEquals(e, candidate)
            && e.Address.Url == candidate.Address.Url && e.Binding == candidate.Binding
            && !(e.PoolingEnabled && candidate.PoolingEnabled));
}
