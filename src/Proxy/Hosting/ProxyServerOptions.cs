using Policy.Proxy.Events;
using Policy.Proxy.Policies;

namespace Policy.Proxy.Hosting;

/// <summary>How a <see cref="ProxyServer"/> is put together.</summary>
public sealed record ProxyServerOptions
{
    /// <summary>The policy backend (the interpreter unless another is given).</summary>
    public IPolicyFactory PolicyFactory { get; init; } = InterpreterPolicyFactory.Instance;

    /// <summary>Where events go, overriding the config's <c>events:</c> (tests).</summary>
    public IEventSink? Events { get; init; }

    /// <summary>Reload when the config file or a policy file changes.</summary>
    public bool WatchFiles { get; init; } = true;

    /// <summary>Run a full collection when the process goes quiet after a burst (see <see cref="MemoryTrimmer"/>); off in tests that share the process.</summary>
    public bool TrimMemoryWhenQuiet { get; init; } = true;

    /// <summary>How long file changes must settle before a reload.</summary>
    public TimeSpan WatchDelay { get; init; } = TimeSpan.FromMilliseconds(300);
}
