using System.Diagnostics;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using Policy.Proxy.ClientHello;

namespace Policy.Proxy.Tests.ClientHello;

/// <summary>
/// Capture helper: listens on 127.0.0.1, lets a real client connect, records the first bytes it
/// sends and writes them as a golden file. Run with
/// <c>CLIENTHELLO_CAPTURE=1 dotnet test tests/Proxy --filter GoldenCaptureTests</c>.
/// </summary>
public sealed class GoldenCaptureTests
{
    private const string ServerName = "app.example.test";

    [CaptureFact]
    public async Task Capture_openssl_and_sslstream_hellos_into_testdata()
    {
        var captures = new List<(string Name, string Client, byte[] Bytes)>
        {
            (GoldenHellos.OpenSslTls13, $"openssl s_client -servername {ServerName} -alpn h2,http/1.1",
                await CaptureOpenSsl("-servername", ServerName, "-alpn", "h2,http/1.1")),
            (GoldenHellos.OpenSslTls12, $"openssl s_client -tls1_2 -servername {ServerName} -alpn h2,http/1.1",
                await CaptureOpenSsl("-tls1_2", "-servername", ServerName, "-alpn", "h2,http/1.1")),
            (GoldenHellos.OpenSslNoSni, "openssl s_client -noservername",
                await CaptureOpenSsl("-noservername")),
            (GoldenHellos.DotNetSslStream, $"SslStream.AuthenticateAsClientAsync TargetHost={ServerName} ALPN h2,http/1.1",
                await CaptureSslStream()),
        };

        var version = await RunToEnd("openssl", "version");
        foreach (var (name, client, bytes) in captures)
        {
            var parsed = ClientHelloParser.Parse(bytes);
            Assert.Equal(ClientHelloStatus.Complete, parsed.Status);
            Assert.Equal(bytes.Length, parsed.BytesConsumed);
            string[] comments =
            [
                $"ClientHello captured on 127.0.0.1 from: {client}",
                $"Client TLS library: {version.Trim()} ({Environment.OSVersion}, .NET {Environment.Version})",
                $"Captured {DateTime.UtcNow:yyyy-MM-dd}; {bytes.Length} bytes, exactly as received",
            ];
            await File.WriteAllTextAsync(Path.Combine(GoldenHellos.Directory, name + ".hex"), GoldenHellos.FormatHex(bytes, comments));
        }
    }

    private static async Task<byte[]> CaptureOpenSsl(params string[] options)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var start = new ProcessStartInfo("openssl") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["s_client", "-connect", $"127.0.0.1:{port}", .. options])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        try
        {
            return await CaptureFirstBytes(listener);
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    private static async Task<byte[]> CaptureSslStream()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, ((IPEndPoint)listener.LocalEndpoint).Port);
        using var tls = new SslStream(client.GetStream());
        var handshake = tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
        {
            TargetHost = ServerName,
            ApplicationProtocols = [SslApplicationProtocol.Http2, SslApplicationProtocol.Http11],
        });
        var bytes = await CaptureFirstBytes(listener);
        await Assert.ThrowsAnyAsync<Exception>(() => handshake);
        return bytes;
    }

    // Reads until the client pauses (it is waiting for a ServerHello that never comes).
    private static async Task<byte[]> CaptureFirstBytes(TcpListener listener)
    {
        using var server = await listener.AcceptSocketAsync().WaitAsync(TimeSpan.FromSeconds(10));
        var received = new List<byte>();
        var buffer = new byte[65536];
        while (received.Count < 65536)
        {
            using var idle = new CancellationTokenSource(received.Count == 0 ? TimeSpan.FromSeconds(10) : TimeSpan.FromMilliseconds(500));
            try
            {
                var read = await server.ReceiveAsync(buffer, SocketFlags.None, idle.Token);
                if (read == 0)
                {
                    break;
                }

                received.AddRange(buffer.AsSpan(0, read));
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return [.. received];
    }

    private static async Task<string> RunToEnd(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true })!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output;
    }
}
