using System.Net.Sockets;

namespace Policy.Proxy.ClientHello;

/// <summary>Sends a fatal TLS alert record, unencrypted as it must be before the handshake, and closes the connection.</summary>
public static class TlsAlertWriter
{
    /// <summary>Size of an alert record: 5-byte record header plus level and description.</summary>
    public const int RecordLength = 7;

    private const byte ContentTypeAlert = 21;
    private const byte LevelFatal = 2;
    private const int DrainLimit = 64 * 1024;

    /// <summary>Writes a fatal alert record into <paramref name="destination"/>.</summary>
    /// <param name="destination">At least <see cref="RecordLength"/> bytes.</param>
    /// <param name="description">The alert.</param>
    /// <param name="recordVersion">Record-layer version; 0x0303 as RFC 8446 §5.1 prescribes for all but the first ClientHello.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short.</exception>
    public static void Format(Span<byte> destination, TlsAlertDescription description, ushort recordVersion = 0x0303)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, RecordLength, nameof(destination));
        destination[0] = ContentTypeAlert;
        destination[1] = (byte)(recordVersion >> 8);
        destination[2] = (byte)recordVersion;
        destination[3] = 0;
        destination[4] = 2;
        destination[5] = LevelFatal;
        destination[6] = (byte)description;
    }

    /// <summary>
    /// Sends a fatal alert, shuts down the sending side, and briefly drains what the client still
    /// sends before closing the socket. Draining matters: closing with unread data makes the kernel
    /// send a reset, which can destroy the alert before the client reads it.
    /// </summary>
    /// <param name="socket">The client connection; it is closed on return.</param>
    /// <param name="description">The alert, e.g. <see cref="TlsAlertDescription.UnrecognizedName"/>.</param>
    /// <param name="linger">How long to drain at most; 500 ms is plenty on a healthy connection.</param>
    /// <param name="cancellationToken">Aborts the drain.</param>
    /// <returns>True when the alert was handed to the kernel; false when the connection was already gone.</returns>
    public static async ValueTask<bool> SendFatalAndCloseAsync(Socket socket, TlsAlertDescription description, TimeSpan linger,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(socket);
        var record = new byte[RecordLength];
        Format(record, description);
        var sent = false;
        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(linger);
            sent = await socket.SendAsync(record, SocketFlags.None, deadline.Token).ConfigureAwait(false) == RecordLength;
            socket.Shutdown(SocketShutdown.Send);
            await DrainAsync(socket, deadline.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away or lingered too long: nothing more to tell it.
        }
        finally
        {
            socket.Close();
        }

        return sent;
    }

    private static async ValueTask DrainAsync(Socket socket, CancellationToken cancellationToken)
    {
        var scratch = new byte[1024];
        var total = 0;
        while (total < DrainLimit)
        {
            var read = await socket.ReceiveAsync(scratch, SocketFlags.None, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return;
            }

            total += read;
        }
    }
}
