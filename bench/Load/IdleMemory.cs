using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Policy.Benchmarks.Load;

/// <summary>
/// Memory per idle pass-through connection: a fresh proxy forwards to an upstream that holds
/// connections without reading; the proxy's resident memory is compared before and after
/// <c>count</c> clients have each sent a ClientHello and gone quiet.
/// </summary>
public static class IdleMemory
{
    /// <summary>Result of the run.</summary>
    public sealed record Result(int Connections, long BaselineBytes, long LoadedBytes, int Forwarded)
    {
        /// <summary>Bytes per connection.</summary>
        public double PerConnection => (LoadedBytes - BaselineBytes) / (double)Connections;
    }

    /// <summary>Runs with <paramref name="count"/> connections.</summary>
    public static async Task<Result> RunAsync(byte[] hello, string serverName, byte[] warmHello, string warmServerName, int count, int holdSeconds = 0)
    {
        var upstreamInfo = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        upstreamInfo.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Policy.Benchmarks.dll"));
        upstreamInfo.ArgumentList.Add(IdleUpstream.Command);
        using var upstream = Process.Start(upstreamInfo)!;
        var first = await upstream.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("the idle upstream did not start");
        var upstreamPort = int.Parse(first.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);

        await using var warmUpstream = new RawUpstream(warmHello.Length);
        await using var proxy = await ProxyUnderTest.StartAsync(LoadHarness.Config(("idle", serverName, upstreamPort), ("warm", warmServerName, warmUpstream.Port)));
        var endPoint = new IPEndPoint(IPAddress.Loopback, proxy.Port);

        // Warm up through an upstream that closes, so the code paths are compiled before the baseline
        // and the warm-up connections are gone (they would count against the file limit).
        const int warmups = 200;
        for (var i = 0; i < warmups; i++)
        {
            using var warm = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            await warm.ConnectAsync(endPoint);
            await warm.SendAsync((byte[])[.. warmHello, (byte)'E', 1, 2, 3]);
            await RawUpstream.ReadExactlyAsync(warm, new byte[3]);
            warm.Shutdown(SocketShutdown.Send);
            while (await warm.ReceiveAsync(new byte[16]) > 0)
            {
            }
        }
        await Task.Delay(TimeSpan.FromSeconds(3));
        var baseline = proxy.ResidentBytes();

        var clients = new List<Socket>(count);
        try
        {
            for (var batch = 0; batch < count; batch += 250)
            {
                var size = Math.Min(250, count - batch);
                var opened = await Task.WhenAll(Enumerable.Range(0, size).Select(async _ =>
                {
                    var s = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    await s.ConnectAsync(endPoint);
                    await s.SendAsync(hello);
                    return s;
                }));
                clients.AddRange(opened);
            }
            // Let every connection reach the upstream and the process settle.
            await Task.Delay(TimeSpan.FromSeconds(5));
            var loaded = proxy.ResidentBytes();
            // Every connection that failed to be forwarded has closed and written its event.
            var forwarded = count - (proxy.EventCount() - warmups);
            if (holdSeconds > 0)
            {
                Console.WriteLine($"holding {count} connections for {holdSeconds} s; proxy pid {proxy.ProcessId}");
                await Task.Delay(TimeSpan.FromSeconds(holdSeconds));
            }
            return new Result(count, baseline, loaded, forwarded);
        }
        finally
        {
            foreach (var s in clients) s.Dispose();
            upstream.StandardInput.Close();
            await upstream.WaitForExitAsync();
        }
    }
}
