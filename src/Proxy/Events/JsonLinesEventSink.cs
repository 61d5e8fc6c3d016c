using System.Buffers;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Policy.Proxy.Events;

/// <summary>
/// Writes events as JSON lines to a file (appending) or stdout, from one background task fed by a
/// bounded channel: connections hand their event over and go; the writer flushes whenever the
/// queue runs empty, and <see cref="CompleteAsync"/> drains and flushes everything (graceful
/// shutdown loses nothing).
/// </summary>
public sealed class JsonLinesEventSink : IEventSink
{
    /// <summary>Events queued before publishers wait.</summary>
    public const int Capacity = 16_384;

    private readonly Channel<ConnectionClosedEvent> _channel =
        Channel.CreateBounded<ConnectionClosedEvent>(new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly Stream _output;
    private readonly bool _ownsOutput;
    private readonly ILogger _logger;
    private readonly Task _writer;

    /// <summary>Writes to <paramref name="output"/>.</summary>
    public JsonLinesEventSink(Stream output, bool ownsOutput, ILogger logger)
    {
        _output = output;
        _ownsOutput = ownsOutput;
        _logger = logger;
        _writer = Task.Run(WriteLoopAsync);
    }

    /// <summary>Opens the sink for a config's <c>events:</c> value: <c>-</c> is stdout, anything else a file to append to.</summary>
    public static JsonLinesEventSink Open(string target, string baseDirectory, ILogger logger)
    {
        if (target == "-") return new JsonLinesEventSink(Console.OpenStandardOutput(), ownsOutput: false, logger);
        var path = Path.Combine(baseDirectory, target);
        var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, 64 * 1024, useAsync: true);
        return new JsonLinesEventSink(stream, ownsOutput: true, logger);
    }

    /// <summary>Events written so far.</summary>
    public long Written { get; private set; }

    /// <inheritdoc/>
    public ValueTask PublishAsync(ConnectionClosedEvent e)
    {
        if (_channel.Writer.TryWrite(e)) return ValueTask.CompletedTask;
        return PublishSlowAsync(e);
    }

    private async ValueTask PublishSlowAsync(ConnectionClosedEvent e)
    {
        try
        {
            await _channel.Writer.WriteAsync(e).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            _logger.LogWarning("event for a connection closed after shutdown was dropped");
        }
    }

    private async Task WriteLoopAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using var json = new Utf8JsonWriter(buffer, EventJson.WriterOptions);
        var reader = _channel.Reader;
        var broken = false;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            try
            {
                while (reader.TryRead(out var e))
                {
                    // After a write failure, keep draining so that publishers never wait on a dead writer.
                    if (broken) continue;
                    buffer.ResetWrittenCount();
                    json.Reset(buffer);
                    EventJson.Write(json, e);
                    json.Flush();
                    buffer.Write("\n"u8);
                    await _output.WriteAsync(buffer.WrittenMemory).ConfigureAwait(false);
                    Written++;
                }
                if (!broken) await _output.FlushAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or UnauthorizedAccessException or NotSupportedException)
            {
                broken = true;
                _logger.LogError(e, "writing events failed; further events are dropped");
            }
        }
    }

    /// <inheritdoc/>
    public async Task CompleteAsync()
    {
        _channel.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await CompleteAsync().ConfigureAwait(false);
        if (_ownsOutput) await _output.DisposeAsync().ConfigureAwait(false);
    }
}
