using System.Net;
using System.Net.Sockets;

namespace Policy.Benchmarks.Load;

/// <summary>
/// The upstream of the idle-memory run, in a process of its own (the per-process file limit would
/// not fit the clients and the upstream's sockets together): it accepts connections and holds
/// them, reading nothing, until its standard input closes.
/// </summary>
public static class IdleUpstream
{
    /// <summary>The command line word that starts it.</summary>
    public const string Command = "idle-upstream";

    /// <summary>Prints its port, then holds connections until stdin closes.</summary>
    public static async Task<int> RunAsync()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(4096);
        Console.WriteLine($"port {((IPEndPoint)listener.LocalEndPoint!).Port}");
        var held = new List<Socket>();
        var accepting = Task.Run(async () =>
        {
            while (true)
            {
                try
                {
                    var s = await listener.AcceptAsync();
                    lock (held) held.Add(s);
                }
                catch (Exception e) when (e is SocketException or ObjectDisposedException)
                {
                    return;
                }
            }
        });
        await Console.In.ReadToEndAsync();
        listener.Close();
        await accepting;
        lock (held)
        {
            foreach (var s in held) s.Dispose();
        }
        return 0;
    }
}
