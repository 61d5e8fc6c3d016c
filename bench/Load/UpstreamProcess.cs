using System.Diagnostics;
using System.Globalization;

namespace Policy.Benchmarks.Load;

/// <summary>
/// A <see cref="RawUpstream"/> in a process of its own, so that the direct path (harness process to
/// upstream process) and the proxied one (harness, proxy, upstream) cross the same process
/// boundaries and the harness's own scheduling does not favour one of them.
/// </summary>
public sealed class UpstreamProcess : IAsyncDisposable
{
    /// <summary>The command line word that starts the upstream side.</summary>
    public const string Command = "raw-upstream";

    private readonly Process _process;

    private UpstreamProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    /// <summary>The upstream's port.</summary>
    public int Port { get; }

    /// <summary>Starts the child process and waits for its port.</summary>
    public static async Task<UpstreamProcess> StartAsync(int helloLength)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Policy.Benchmarks.dll"));
        info.ArgumentList.Add(Command);
        info.ArgumentList.Add(helloLength.ToString(CultureInfo.InvariantCulture));
        var process = Process.Start(info)!;
        var line = await process.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("the upstream process did not start");
        return new UpstreamProcess(process, int.Parse(line.Split(' ')[1], CultureInfo.InvariantCulture));
    }

    /// <summary>The child side: serves until standard input closes.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        await using var upstream = new RawUpstream(int.Parse(args[0], CultureInfo.InvariantCulture));
        Console.WriteLine($"port {upstream.Port}");
        await Console.In.ReadToEndAsync();
        return 0;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill();
        }
        _process.Dispose();
    }
}
