using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Policy.Proxy.Tests.Support;

/// <summary>The <c>openssl</c> command as a TLS client or server on loopback.</summary>
internal sealed class Openssl : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private Openssl(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_stdout) _stdout.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_stderr) _stderr.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public static bool IsAvailable { get; } = Probe();

    public string Stdout
    {
        get
        {
            lock (_stdout) return _stdout.ToString();
        }
    }

    public string Stderr
    {
        get
        {
            lock (_stderr) return _stderr.ToString();
        }
    }

    public int Port { get; private set; }

    public static Openssl Start(params string[] args)
    {
        var info = new ProcessStartInfo("openssl") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) info.ArgumentList.Add(a);
        return new Openssl(Process.Start(info)!);
    }

    /// <summary><c>openssl s_server</c> on a free loopback port with <c>-rev</c> (replies with each line reversed).</summary>
    public static async Task<Openssl> StartServerAsync(string certPath, string keyPath, params string[] extra)
    {
        var port = FreePort();
        var server = Start(["s_server", "-accept", $"127.0.0.1:{port}", "-cert", certPath, "-key", keyPath, "-rev", .. extra]);
        server.Port = port;
        // s_server is ready once its port accepts; probe without completing a TLS handshake.
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (DateTime.UtcNow < deadline)
        {
            if (server.Stdout.Contains("ACCEPT", StringComparison.Ordinal)) return server;
            await Task.Delay(20);
        }
        throw new TimeoutException("openssl s_server did not start: " + server.Stderr);
    }

    /// <summary>Runs <c>openssl s_client</c> to the proxy with SNI, sends <paramref name="input"/>, waits for <paramref name="expect"/> in its output or the timeout.</summary>
    public static async Task<Openssl> RunClientAsync(int port, string serverName, string input, string expect, TimeSpan timeout, params string[] extra)
    {
        var client = Start(["s_client", "-connect", $"127.0.0.1:{port}", "-servername", serverName, "-ign_eof", .. extra]);
        await client._process.StandardInput.WriteAsync(input);
        await client._process.StandardInput.FlushAsync();
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !client._process.HasExited && !client.Stdout.Contains(expect, StringComparison.Ordinal)) await Task.Delay(20);
        return client;
    }

    public bool HasExited => _process.HasExited;

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    public static int FreePort()
    {
        using var s = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        s.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)s.LocalEndPoint!).Port;
    }

    private static bool Probe()
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo("openssl", "version") { RedirectStandardOutput = true, UseShellExecute = false })!;
            p.WaitForExit(5000);
            return p.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
    }
}
