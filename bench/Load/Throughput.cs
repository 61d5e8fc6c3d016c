using System.Buffers.Binary;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Policy.Benchmarks.Load;

/// <summary>Bulk transfer over one connection: the ClientHello, then raw bytes one way.</summary>
public static class Throughput
{
    /// <summary>Sends <paramref name="megabytes"/> MB to the upstream; MB/s.</summary>
    public static async Task<double> UploadAsync(int port, byte[] hello, int megabytes)
    {
        using var s = await ConnectAsync(port);
        await s.SendAsync((byte[])[.. hello, (byte)'U']);
        var chunk = new byte[64 * 1024];
        var total = (long)megabytes * 1024 * 1024;
        var stopwatch = Stopwatch.StartNew();
        for (long sent = 0; sent < total; sent += chunk.Length) await s.SendAsync(chunk);
        s.Shutdown(SocketShutdown.Send);
        var count = new byte[8];
        await RawUpstream.ReadExactlyAsync(s, count);
        var elapsed = stopwatch.Elapsed;
        if (BinaryPrimitives.ReadInt64LittleEndian(count) != total) throw new InvalidOperationException("the upstream counted a different number of bytes");
        return megabytes / elapsed.TotalSeconds;
    }

    /// <summary>Receives <paramref name="megabytes"/> MB from the upstream; MB/s.</summary>
    public static async Task<double> DownloadAsync(int port, byte[] hello, int megabytes)
    {
        using var s = await ConnectAsync(port);
        var total = (long)megabytes * 1024 * 1024;
        var request = new byte[hello.Length + 9];
        hello.CopyTo(request, 0);
        request[hello.Length] = (byte)'D';
        BinaryPrimitives.WriteInt64LittleEndian(request.AsSpan(hello.Length + 1), total);
        var stopwatch = Stopwatch.StartNew();
        await s.SendAsync(request);
        var buffer = new byte[64 * 1024];
        long received = 0;
        int n;
        while ((n = await s.ReceiveAsync(buffer)) > 0) received += n;
        var elapsed = stopwatch.Elapsed;
        if (received != total) throw new InvalidOperationException($"received {received} of {total} bytes");
        return megabytes / elapsed.TotalSeconds;
    }

    internal static async Task<Socket> ConnectAsync(int port)
    {
        var s = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await s.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port));
        return s;
    }
}
