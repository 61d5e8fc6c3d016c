namespace Policy.Proxy.Cli;

/// <summary>
/// <c>policy-proxy api endpoints create|list|get|update|delete …</c>: a client of a running proxy's
/// admin API. The admin API is not part of this build yet, so the command says so.
/// </summary>
public static class ApiCommand
{
    /// <summary>Runs the subcommand; exit status 2 (not available).</summary>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("policy-proxy api: not available in this build (the admin API client is not implemented yet)");
        return Task.FromResult(2);
    }
}
