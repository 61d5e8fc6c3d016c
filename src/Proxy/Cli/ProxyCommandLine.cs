namespace Policy.Proxy.Cli;

/// <summary>
/// The command line: <c>policy-proxy [--config FILE]</c> runs the proxy, and named subcommands
/// (today <c>api</c>) are dispatched from the first argument; adding one is one line in
/// <see cref="Subcommands"/>.
/// </summary>
public static class ProxyCommandLine
{
    /// <summary>The usage text.</summary>
    public const string Usage = """
        usage: policy-proxy [--config FILE]
               policy-proxy api endpoints create|list|get|update|delete ...   (api --help for more)

        Runs the SNI proxy with the configuration FILE (YAML). Without --config it runs a demo on
        loopback and prints how to try it. SIGHUP or a change of FILE reloads; SIGTERM drains and exits.
        Log level: POLICY_PROXY_LOG_LEVEL=Debug|Information|Warning (default Information).
        """;

    private static readonly Dictionary<string, Func<string[], TextWriter, TextWriter, Task<int>>> Subcommands = new(StringComparer.Ordinal)
    {
        ["api"] = ApiCommand.RunAsync,
    };

    /// <summary>Runs the command line; returns the exit status (0 ok, 1 failed to start, 2 usage).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length > 0 && Subcommands.TryGetValue(args[0], out var subcommand)) return await subcommand(args[1..], stdout, stderr).ConfigureAwait(false);
        var options = RunOptions.Parse(args, out var error);
        if (options is null)
        {
            await stderr.WriteLineAsync($"policy-proxy: {error}\n\n{Usage}").ConfigureAwait(false);
            return 2;
        }
        if (options.Help)
        {
            await stdout.WriteLineAsync(Usage).ConfigureAwait(false);
            return 0;
        }
        if (options.Version)
        {
            await stdout.WriteLineAsync($"policy-proxy {typeof(ProxyCommandLine).Assembly.GetName().Version}").ConfigureAwait(false);
            return 0;
        }
        return await RunCommand.RunAsync(options, stdout, stderr).ConfigureAwait(false);
    }
}
