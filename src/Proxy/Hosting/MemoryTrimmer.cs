using Microsoft.Extensions.Logging;

namespace Policy.Proxy.Hosting;

/// <summary>
/// Gives memory back after a burst of connections. Setting up a connection allocates objects that
/// die soon after, but a burst promotes many of them to older generations, and a proxy whose
/// connections then sit idle allocates nothing more, so no collection ever frees them. Once a
/// second passes with almost no allocation after a large amount since the last trim, one full,
/// compacting, decommitting collection runs. Under steady traffic it never fires.
/// </summary>
public sealed class MemoryTrimmer : IDisposable
{
    /// <summary>Allocation since the last trim before another is considered.</summary>
    public const long TrimAfterBytes = 16L * 1024 * 1024;

    /// <summary>Allocation per period below which the process counts as quiet.</summary>
    public const long QuietBytesPerPeriod = 1024 * 1024;

    private readonly Timer _timer;
    private readonly ILogger _logger;
    private long _lastAllocated = GC.GetTotalAllocatedBytes();
    // Counted from zero, so that the garbage of start-up (compiling the policies) is trimmed too.
    private long _allocatedAtTrim;
    private int _running;

    /// <summary>Starts checking once per second.</summary>
    public MemoryTrimmer(ILogger logger)
    {
        _logger = logger;
        _timer = new Timer(_ => Check(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    /// <summary>Full collections this trimmer ran.</summary>
    public int Trims { get; private set; }

    private void Check()
    {
        if (Interlocked.Exchange(ref _running, 1) == 1) return;
        try
        {
            var allocated = GC.GetTotalAllocatedBytes();
            var recent = allocated - _lastAllocated;
            _lastAllocated = allocated;
            if (recent >= QuietBytesPerPeriod || allocated - _allocatedAtTrim < TrimAfterBytes) return;
            var before = GC.GetTotalMemory(forceFullCollection: false);
            // Aggressive mode also decommits the memory the collection freed, so it goes back to the system.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            _allocatedAtTrim = _lastAllocated = GC.GetTotalAllocatedBytes();
            Trims++;
            _logger.LogDebug("quiet after a burst: collected the heap ({Before:N0} -> {After:N0} bytes)", before, GC.GetTotalMemory(false));
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _timer.Dispose();
}
