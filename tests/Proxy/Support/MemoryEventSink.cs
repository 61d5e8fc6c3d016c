using System.Threading.Channels;
using Policy.Proxy.Events;

namespace Policy.Proxy.Tests.Support;

/// <summary>Collects events in memory so a test can wait for them.</summary>
internal sealed class MemoryEventSink : IEventSink
{
    private readonly Channel<ConnectionClosedEvent> _channel = Channel.CreateUnbounded<ConnectionClosedEvent>();

    public ValueTask PublishAsync(ConnectionClosedEvent e) => _channel.Writer.WriteAsync(e);

    /// <summary>The next event, waiting at most <paramref name="timeout"/> (5 s by default).</summary>
    public async Task<ConnectionClosedEvent> NextAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(5));
        try
        {
            return await _channel.Reader.ReadAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException("no connection event arrived in time");
        }
    }

    /// <summary>The next <paramref name="count"/> events.</summary>
    public async Task<List<ConnectionClosedEvent>> NextAsync(int count)
    {
        var list = new List<ConnectionClosedEvent>();
        for (var i = 0; i < count; i++) list.Add(await NextAsync());
        return list;
    }

    public Task CompleteAsync() => Task.CompletedTask;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
