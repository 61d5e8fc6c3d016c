using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Policy.Lint.Tests;

/// <summary>Runs policy-lint in process (<see cref="Cli.Run"/>) or as the real built executable.</summary>
internal static class LintHarness
{
    /// <summary>Runs the command line in process, with <paramref name="stdin"/> as standard input.</summary>
    public static LintResult Run(string[] args, string stdin = "")
    {
        using var input = new StringReader(stdin);
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var code = Cli.Run(args, input, stdout, stderr);
        return new LintResult(code, stdout.ToString(), stderr.ToString());
    }

    public static LintResult Run(params string[] args) => Run(args, "");

    /// <summary>The repository root (this file is tests/PolicyLint/LintHarness.cs).</summary>
    public static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", ".."));

    /// <summary>The built policy-lint.dll: next to the tests when its runtimeconfig was copied, else in its own bin folder.</summary>
    public static string ExecutablePath()
    {
        var here = Path.Combine(AppContext.BaseDirectory, "policy-lint.dll");
        if (File.Exists(here) && File.Exists(Path.Combine(AppContext.BaseDirectory, "policy-lint.runtimeconfig.json"))) return here;
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        return Path.Combine(RepositoryRoot(), "tools", "policy-lint", "bin", configuration, "net10.0", "policy-lint.dll");
    }

    /// <summary>Runs <c>dotnet policy-lint.dll ARGS</c> as a process (bounded by a timeout).</summary>
    public static LintResult RunProcess(string[] args, string? stdin = null, int timeoutSeconds = 60)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ExecutablePath());
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdoutTask = process.StandardOutput.ReadToEndAsync();
        var stderrTask = process.StandardError.ReadToEndAsync();
        if (stdin is not null) process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"policy-lint {string.Join(' ', args)} did not finish in {timeoutSeconds} s");
        }
        return new LintResult(process.ExitCode, stdoutTask.Result, stderrTask.Result);
    }
}
