namespace Policy.Proxy.Events;

/// <summary>Drops events (no <c>events:</c> configured).</summary>
public sealed class NullEventSink : IEventSink
{
    /// <summary>The shared instance.</summary>
    public static NullEventSink Instance { get; } = new();

    /// <inheritdoc/>
    public ValueTask PublishAsync(ConnectionClosedEvent e) => ValueTask.CompletedTask;

    /// <inheritdoc/>
    public Task CompleteAsync() => Task.CompletedTask;

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
