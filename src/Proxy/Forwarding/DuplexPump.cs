using System.Buffers;
using System.Net.Sockets;
using System.Security.Authentication;

namespace Policy.Proxy.Forwarding;

/// <summary>
/// Copies bytes both ways between the client and upstream legs until both have finished sending.
/// Each direction waits for data with a zero-byte read and rents a pooled buffer only while data
/// flows, so an idle connection holds no buffer. A FIN from one side is passed on as a half-close;
/// an error on either side aborts both.
/// </summary>
public static class DuplexPump
{
    /// <summary>The size of the pooled copy buffers.</summary>
    public const int BufferSize = 16 * 1024;

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
        try
        {
            while (true)
            {
                if (buffer is null)
                {
                    await from.ReadAsync(Memory<byte>.Empty).ConfigureAwait(false);
                    buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
                }
                var n = await from.ReadAsync(buffer).ConfigureAwait(false);
                if (n == 0)
                {
                    await to.ShutdownSendAsync().ConfigureAwait(false);
                    return true;
                }
                activity.Touch();
                await to.WriteAsync(buffer.AsMemory(0, n)).ConfigureAwait(false);
                activity.Touch();
                // Keep the buffer while data keeps coming; give it back when the leg goes quiet.
                if (n < buffer.Length && !from.HasPendingData)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = null;
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
