using System.Buffers;
using System.Net.Sockets;
using System.Security.Authentication;

namespace Policy.Proxy.Forwarding;

/// <summary>
/// Copies bytes both ways between the client and upstream legs until both have finished sending.
/// Each direction waits for data with a zero-byte read and rents a pooled buffer only while data
/// flows, so an idle connection holds no buffer. The buffer starts small and grows while reads keep
/// filling it (a bulk transfer moves more per system call), and is given back as soon as the leg
/// goes quiet. A FIN from one side is passed on as a half-close; an error on either side aborts both.
/// </summary>
public static class DuplexPump
{
    /// <summary>The size of a copy buffer when data starts to flow.</summary>
    public const int MinBufferSize = 16 * 1024;

    /// <summary>The largest copy buffer, reached after reads filled the smaller ones.</summary>
    public const int MaxBufferSize = 256 * 1024;

    /// <summary>Runs both directions to the end.</summary>
    public static async Task<PumpResult> RunAsync(Leg client, Leg upstream, LegActivity activity)
    {
        activity.Reset();
        var up = CopyAsync(client, upstream, activity);
        var down = CopyAsync(upstream, client, activity);
        var first = await Task.WhenAny(up, down).ConfigureAwait(false);
        if (!await first.ConfigureAwait(false))
        {
            client.Abort();
            upstream.Abort();
        }
        var ok = await up.ConfigureAwait(false) & await down.ConfigureAwait(false);
        return ok ? PumpResult.Completed : PumpResult.Broken;
    }

    private static async Task<bool> CopyAsync(Leg from, Leg to, LegActivity activity)
    {
        byte[]? buffer = null;
        var size = MinBufferSize;
        try
        {
            while (true)
            {
                if (buffer is null)
                {
                    await from.ReadAsync(Memory<byte>.Empty).ConfigureAwait(false);
                    buffer = ArrayPool<byte>.Shared.Rent(size);
                }
                var n = await from.ReadAsync(buffer).ConfigureAwait(false);
                if (n == 0)
                {
                    await to.ShutdownSendAsync().ConfigureAwait(false);
                    return true;
                }
                from.Counters?.AddIn(n);
                activity.Touch();
                await to.WriteAsync(buffer.AsMemory(0, n)).ConfigureAwait(false);
                to.Counters?.AddOut(n);
                activity.Touch();
                if (n == buffer.Length && size < MaxBufferSize)
                {
                    // The read filled the buffer, so more is waiting: read bigger pieces from now on.
                    ArrayPool<byte>.Shared.Return(buffer);
                    size *= 4;
                    buffer = ArrayPool<byte>.Shared.Rent(size);
                }
                else if (n < buffer.Length && !from.HasPendingData)
                {
                    // The leg went quiet: give the buffer back and start small again next time.
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = null;
                    size = MinBufferSize;
                    await to.ForgetSendBufferAsync().ConfigureAwait(false);
                }
            }
        }
        catch (Exception e) when (e is SocketException or IOException or ObjectDisposedException or OperationCanceledException or AuthenticationException or InvalidOperationException)
        {
            return false;
        }
        finally
        {
            if (buffer is not null) ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
