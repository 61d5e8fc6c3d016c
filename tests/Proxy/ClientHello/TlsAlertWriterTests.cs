using System.Net.Sockets;
using Policy.Proxy.ClientHello;

namespace Policy.Proxy.Tests.ClientHello;

public sealed class TlsAlertWriterTests
{
    [Fact]
    public void Fatal_alert_record_has_the_wire_layout()
    {
        var record = new byte[TlsAlertWriter.RecordLength];

        TlsAlertWriter.Format(record, TlsAlertDescription.UnrecognizedName);

        Assert.Equal(new byte[] { 0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 112 }, record);
    }

    [Fact]
    public async Task Client_receives_the_alert_then_end_of_stream()
    {
        using var connection = await LoopbackConnection.OpenAsync();
        // Unread client bytes on the server side must not turn the close into a reset that eats the alert.
        await connection.Client.SendAsync(GoldenHellos.Load(GoldenHellos.OpenSslTls13));
        await Task.Delay(20);

        var closing = TlsAlertWriter.SendFatalAndCloseAsync(connection.Server, TlsAlertDescription.HandshakeFailure, TimeSpan.FromSeconds(2));
        var received = new List<byte>();
        var buffer = new byte[64];
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        int read;
        while ((read = await connection.Client.ReceiveAsync(buffer, SocketFlags.None, guard.Token)) > 0)
        {
            received.AddRange(buffer.AsSpan(0, read));
        }

        connection.Client.Shutdown(SocketShutdown.Send);
        Assert.True(await closing);
        Assert.Equal(new byte[] { 0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 40 }, received.ToArray());
    }

    [Fact]
    public async Task Alert_to_a_vanished_client_does_not_throw_and_closes_the_socket()
    {
        using var connection = await LoopbackConnection.OpenAsync();
        connection.Client.Close();
        await Task.Delay(20);

        await TlsAlertWriter.SendFatalAndCloseAsync(connection.Server, TlsAlertDescription.InternalError, TimeSpan.FromMilliseconds(200));

        Assert.Throws<ObjectDisposedException>(() => connection.Server.Send([0]));
    }
}
