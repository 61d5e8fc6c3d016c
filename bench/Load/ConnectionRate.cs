using System.Diagnostics;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;

namespace Policy.Benchmarks.Load;

/// <summary>New TLS connections per second: full handshakes (no resumption), one byte echoed, close.</summary>
public static class ConnectionRate
{
    /// <summary>Runs <paramref name="workers"/> clients against 127.0.0.1:<paramref name="port"/> for <paramref name="duration"/>.</summary>
    public static async Task<(double PerSecond, long Connections, long Errors)> RunAsync(int port, string serverName, int workers, TimeSpan duration)
    {
        long done = 0, errors = 0;
        var endPoint = new IPEndPoint(IPAddress.Loopback, port);
        var stopwatch = Stopwatch.StartNew();
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var tasks = Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            var one = new byte[1];
            while (Stopwatch.GetTimestamp() < deadline)
            {
                try
                {
                    using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                    await socket.ConnectAsync(endPoint);
                    await using var ssl = new SslStream(new NetworkStream(socket, ownsSocket: false));
                    await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
                    {
                        TargetHost = serverName,
                        EnabledSslProtocols = SslProtocols.Tls13,
                        RemoteCertificateValidationCallback = (_, _, _, _) => true,
                    });
                    await ssl.WriteAsync(one);
                    await ssl.ReadExactlyAsync(one);
                    Interlocked.Increment(ref done);
                }
                catch (Exception e) when (e is SocketException or IOException or AuthenticationException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })).ToArray();
        await Task.WhenAll(tasks);
        return (done / stopwatch.Elapsed.TotalSeconds, done, errors);
    }
}
