namespace Policy.Proxy.Cli;

/// <summary>The options of <c>policy-proxy [--config FILE]</c>.</summary>
public sealed record RunOptions(string? ConfigPath, bool Help, bool Version)
{
    /// <summary>Parses the arguments; null and a message on a usage error.</summary>
    public static RunOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        error = null;
        string? config = null;
        bool help = false, version = false;
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a is "-h" or "--help") help = true;
            else if (a == "--version") version = true;
            else if (a is "--config" or "-c")
            {
                if (i + 1 >= args.Count)
                {
                    error = $"{a} needs a file name";
                    return null;
                }
                config = args[++i];
            }
            else if (a.StartsWith("--config=", StringComparison.Ordinal)) config = a["--config=".Length..];
            else
            {
                error = $"unknown argument '{a}'";
                return null;
            }
        }
        return new RunOptions(config, help, version);
    }
}
