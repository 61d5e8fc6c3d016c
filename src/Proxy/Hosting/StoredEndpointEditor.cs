using System.Collections.Immutable;
using Policy.Compiler.Diagnostics;
using Policy.Proxy.Admin.Store;
using Policy.Runtime.Policies;

namespace Policy.Proxy.Hosting;

/// <summary>
/// A change of the endpoints created through the admin API, in progress: holds the server's
/// configuration lock (so changes, and reloads, happen one at a time) until disposed.
/// </summary>
public sealed class StoredEndpointEditor : IDisposable
{
    private readonly ProxyServer _server;
    private SemaphoreSlim? _lock;

    internal StoredEndpointEditor(ProxyServer server, SemaphoreSlim held)
    {
        _server = server;
        _lock = held;
    }

    /// <summary>The configuration serving now.</summary>
    public ProxySnapshot Snapshot => _server.Current;

    /// <summary>The stored endpoints now.</summary>
    public ImmutableArray<StoredEndpoint> Stored => _server.StoredEndpoints;

    /// <summary>
    /// Serves <paramref name="next"/> from now on, after <paramref name="write"/> committed it to the
    /// store; returns the errors that prevented it (then nothing was written), or none.
    /// <paramref name="compiled"/> holds policies the change compiled before it took the lock (see
    /// <see cref="Admin.Api.PolicyCheck.Compile"/>); the snapshot uses them instead of compiling again.
    /// </summary>
    public ImmutableArray<Diagnostic> Apply(ImmutableArray<StoredEndpoint> next, Action<EndpointStore> write, string what,
        IReadOnlyDictionary<string, CompiledPolicy>? compiled = null) => _server.ApplyStored(next, write, what, compiled);

    /// <inheritdoc/>
    public void Dispose() => Interlocked.Exchange(ref _lock, null)?.Release();
}
