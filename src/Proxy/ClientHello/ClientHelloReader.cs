using System.Buffers;
using System.Diagnostics;
using System.Net.Sockets;

namespace Policy.Proxy.ClientHello;

/// <summary>
/// Reads a ClientHello from a freshly accepted socket: waits for data without holding a buffer,
/// then reads into a pooled buffer until <see cref="ClientHelloParser"/> decides, however the
/// client's bytes are split into TCP segments and TLS records. The deadline covers the whole read,
/// so a client trickling one byte at a time cannot hold the connection open longer than the limit.
/// </summary>
public static class ClientHelloReader
{
    /// <summary>
    /// The buffer a read starts with. Almost every ClientHello fits (OpenSSL's is about 300 bytes,
    /// a post-quantum browser's about 1.8 KB); a larger one grows the buffer up to the limit. Renting
    /// the whole limit for every connection would churn 16 KiB arrays through the pool and the GC.
    /// </summary>
    public const int InitialBufferSize = 4096;

    /// <summary>Reads until the ClientHello is complete, rejected, too large, timed out or the client goes away.</summary>
    /// <param name="socket">A connected stream socket; the reader only receives from it.</param>
    /// <param name="limits">Timeout and size bounds (see <see cref="ClientHelloLimits.Default"/>).</param>
    /// <param name="cancellationToken">Cancels the read (for example at shutdown).</param>
    /// <returns>
    /// The outcome and the bytes read; timeouts, over-size, malformed input and client disconnects
    /// are outcomes, not exceptions. The caller must dispose the result.
    /// </returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async ValueTask<ClientHelloReadResult> ReadAsync(Socket socket, ClientHelloLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentNullException.ThrowIfNull(limits);

        var started = Stopwatch.GetTimestamp();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(limits.Timeout);

        var framer = new ClientHelloFramer(limits.MaxBytes);
        byte[]? buffer = null;
        var filled = 0;
        try
        {
            // A zero-byte receive completes when data arrives, so an idle client holds no buffer.
            await socket.ReceiveAsync(Memory<byte>.Empty, SocketFlags.None, deadline.Token).ConfigureAwait(false);
            var capacity = Math.Min(limits.MaxBytes, InitialBufferSize);
            buffer = ArrayPool<byte>.Shared.Rent(capacity);
            while (true)
            {
                if (filled == capacity)
                {
                    capacity = Math.Min(limits.MaxBytes, capacity * 4);
                    var bigger = ArrayPool<byte>.Shared.Rent(capacity);
                    buffer.AsSpan(0, filled).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }

                var received = await socket.ReceiveAsync(buffer.AsMemory(filled, capacity - filled), SocketFlags.None, deadline.Token)
                    .ConfigureAwait(false);
                if (received == 0)
                {
                    return Result(ClientHelloReadOutcome.ClientClosed, "eof", null, 0);
                }

                filled += received;
                if (framer.Advance(buffer.AsSpan(0, filled)) != ClientHelloStatus.NeedMoreData)
                {
                    return Decide(ref framer);
                }

                if (filled == limits.MaxBytes)
                {
                    // The framer reports TooLarge itself once a record would pass the bound; this only guards the loop.
                    return Result(ClientHelloReadOutcome.TooLarge, null, null, 0);
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Result(ClientHelloReadOutcome.Timeout, null, null, 0);
        }
        catch (SocketException e)
        {
            return Result(ClientHelloReadOutcome.ClientClosed, e.SocketErrorCode.ToString(), null, 0);
        }
        catch
        {
            ReturnBuffer();
            throw;
        }

        ClientHelloReadResult Decide(ref ClientHelloFramer framer)
        {
            var parsed = ClientHelloParser.Finish(ref framer, buffer.AsSpan(0, filled));
            var outcome = parsed.Status switch
            {
                ClientHelloStatus.Complete => ClientHelloReadOutcome.Complete,
                ClientHelloStatus.NotTls => ClientHelloReadOutcome.NotTls,
                ClientHelloStatus.TooLarge => ClientHelloReadOutcome.TooLarge,
                _ => ClientHelloReadOutcome.Invalid,
            };
            return Result(outcome, parsed.Reason, parsed.Info, parsed.BytesConsumed);
        }

        ClientHelloReadResult Result(ClientHelloReadOutcome outcome, string? reason, ClientHelloInfo? info, int helloLength)
        {
            var owned = buffer;
            buffer = null;
            if (owned is not null && filled == 0)
            {
                ArrayPool<byte>.Shared.Return(owned);
                owned = null;
            }

            return new ClientHelloReadResult(outcome, reason, info, helloLength, owned, filled, Stopwatch.GetElapsedTime(started));
        }

        void ReturnBuffer()
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = null;
            }
        }
    }
}
