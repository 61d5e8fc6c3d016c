using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Policy.Benchmarks.Load;

/// <summary>The built <c>policy-proxy</c> in a process of its own, configured from YAML; its memory is read from /proc.</summary>
public sealed class ProxyUnderTest : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();
    private readonly string _directory;

    private ProxyUnderTest(Process process, string directory)
    {
        _process = process;
        _directory = directory;
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_stderr) _stderr.AppendLine(e.Data); };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
    }

    /// <summary>The proxy's process id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>The listener port.</summary>
    public int Port { get; private set; }

    /// <summary>Starts the proxy with <paramref name="yaml"/> (which must listen on 127.0.0.1:0) and waits until it listens.</summary>
    public static async Task<ProxyUnderTest> StartAsync(string yaml)
    {
        var directory = Path.Combine(Path.GetTempPath(), "policy-proxy-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var config = Path.Combine(directory, "proxy.yml");
        await File.WriteAllTextAsync(config, yaml);
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "policy-proxy.dll"));
        info.ArgumentList.Add("--config");
        info.ArgumentList.Add(config);
        var proxy = new ProxyUnderTest(Process.Start(info)!, directory);
        const string marker = "listening on 127.0.0.1:";
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline && !proxy._process.HasExited)
        {
            string text;
            lock (proxy._stderr) text = proxy._stderr.ToString();
            var at = text.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                proxy.Port = int.Parse(new string(text[(at + marker.Length)..].TakeWhile(char.IsAsciiDigit).ToArray()), CultureInfo.InvariantCulture);
                return proxy;
            }
            await Task.Delay(50);
        }
        throw new InvalidOperationException("the proxy did not start: " + proxy._stderr);
    }

    /// <summary>Resident memory of the proxy process, in bytes (VmRSS).</summary>
    public long ResidentBytes()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        }
        return 0;
    }

    /// <summary>Lines of the events file written so far.</summary>
    public int EventCount()
    {
        var path = Path.Combine(_directory, "events.jsonl");
        return File.Exists(path) ? File.ReadLines(path).Count() : 0;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)])) await kill!.WaitForExitAsync();
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await _process.WaitForExitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
