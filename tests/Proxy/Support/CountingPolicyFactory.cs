using System.Collections.Concurrent;
using Policy.Compiler.Lowering;
using Policy.Proxy.Policies;
using Policy.Runtime.Policies;

namespace Policy.Proxy.Tests.Support;

/// <summary>
/// A policy backend that records every policy it compiles (through another backend), and can hold
/// the next compile until released, to see what waits for it.
/// </summary>
internal sealed class CountingPolicyFactory(IPolicyFactory inner) : IPolicyFactory
{
    private readonly ConcurrentQueue<CompiledPolicy> _created = new();
    private Hold? _hold;

    public string Backend => inner.Backend;

    /// <summary>What each compile returned, in order.</summary>
    public IReadOnlyList<CompiledPolicy> Created => [.. _created];

    /// <summary>
    /// Makes the next compile wait until <c>release</c> is called (or 30 s pass); <c>entered</c>
    /// completes once that compile is waiting.
    /// </summary>
    public (Task Entered, Action Release) HoldNext()
    {
        var hold = new Hold();
        Volatile.Write(ref _hold, hold);
        return (hold.Entered.Task, () => hold.Released.TrySetResult());
    }

    public CompiledPolicy Create(IrPolicy policy, string hash, string? policyFile)
    {
        if (Interlocked.Exchange(ref _hold, null) is { } hold)
        {
            hold.Entered.TrySetResult();
            hold.Released.Task.Wait(TimeSpan.FromSeconds(30));
        }
        var compiled = inner.Create(policy, hash, policyFile);
        _created.Enqueue(compiled);
        return compiled;
    }

    private sealed class Hold
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Released { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
