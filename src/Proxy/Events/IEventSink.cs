namespace Policy.Proxy.Events;

/// <summary>Where connection events go.</summary>
public interface IEventSink : IAsyncDisposable
{
    /// <summary>Queues an event; waits only when the queue is full (never on the data path).</summary>
    ValueTask PublishAsync(ConnectionClosedEvent e);

    /// <summary>Writes everything queued so far and stops accepting events.</summary>
    Task CompleteAsync();
}
