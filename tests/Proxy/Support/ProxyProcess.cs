using System.Diagnostics;
using System.Text;

namespace Policy.Proxy.Tests.Support;

/// <summary>The built <c>policy-proxy</c> run as a real process (via <c>dotnet policy-proxy.dll</c>), with its output captured.</summary>
internal sealed class ProxyProcess : IAsyncDisposable
{
    public const int SigHup = 1;
    public const int SigTerm = 15;

    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private ProxyProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_stdout) _stdout.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_stderr) _stderr.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

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

    public static ProxyProcess Start(string workingDirectory, params string[] args) => Start(workingDirectory, new Dictionary<string, string>(), args);

    public static ProxyProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "policy-proxy.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["POLICY_PROXY_LOG_LEVEL"] = "Debug";
        foreach (var (name, value) in environment) info.Environment[name] = value;
        return new ProxyProcess(Process.Start(info)!);
    }

    /// <summary>Waits until stdout or stderr contains <paramref name="text"/>; returns the output that has it.</summary>
    public async Task<string> WaitForAsync(string text, TimeSpan? timeout = null, bool stderr = false)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (DateTime.UtcNow < deadline)
        {
            var output = stderr ? Stderr : Stdout;
            if (output.Contains(text, StringComparison.Ordinal)) return output;
            if (_process.HasExited)
            {
                // Let the asynchronous readers drain what the process wrote before it exited.
                _process.WaitForExit();
                if ((stderr ? Stderr : Stdout).Contains(text, StringComparison.Ordinal)) return stderr ? Stderr : Stdout;
                break;
            }
            await Task.Delay(25);
        }
        throw new TimeoutException($"'{text}' did not appear (exited: {(_process.HasExited ? _process.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : "no")}).\nstdout:\n{Stdout}\nstderr:\n{Stderr}");
    }

    public void Signal(int signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    private bool _disposed;

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
