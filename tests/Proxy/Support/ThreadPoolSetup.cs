using System.Runtime.CompilerServices;

namespace Policy.Proxy.Tests.Support;

/// <summary>
/// The test host keeps two thread-pool threads blocked for its own messaging, which on a two-core
/// machine leaves the pool starved for half a second at a time; the network tests need their
/// continuations to run promptly, so the pool starts with more threads.
/// </summary>
internal static class ThreadPoolSetup
{
    [ModuleInitializer]
    internal static void Initialize()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 32), Math.Max(io, 32));
    }
}
