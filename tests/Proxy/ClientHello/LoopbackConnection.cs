using System.Net;
using System.Net.Sockets;

namespace Policy.Proxy.Tests.ClientHello;

/// <summary>A connected client/server socket pair on 127.0.0.1 with an ephemeral port.</summary>
internal sealed class LoopbackConnection : IDisposable
{
    private LoopbackConnection(Socket client, Socket server)
    {
        Client = client;
        Server = server;
    }

    public Socket Client { get; }

    public Socket Server { get; }

    public static async Task<LoopbackConnection> OpenAsync()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(1);
        var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        var accept = listener.AcceptAsync();
        await client.ConnectAsync(listener.LocalEndPoint!);
        var server = await accept.WaitAsync(TimeSpan.FromSeconds(5));
        return new LoopbackConnection(client, server);
    }

    /// <summary>Sends <paramref name="data"/> in pieces of <paramref name="chunk"/> bytes with a pause between them.</summary>
    public async Task TrickleAsync(byte[] data, int chunk, TimeSpan pause, CancellationToken cancellationToken = default)
    {
        for (var offset = 0; offset < data.Length; offset += chunk)
        {
            await Client.SendAsync(data.AsMemory(offset, Math.Min(chunk, data.Length - offset)), SocketFlags.None, cancellationToken);
            await Task.Delay(pause, cancellationToken);
        }
    }

    public void Dispose()
    {
        Client.Dispose();
        Server.Dispose();
    }
}
