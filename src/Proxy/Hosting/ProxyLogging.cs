using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;

namespace Policy.Proxy.Hosting;

/// <summary>Console logging for the proxy: one line per message on stderr (stdout is left to events and the demo's instructions).</summary>
public static class ProxyLogging
{
    /// <summary>The environment variable that sets the level (Trace, Debug, Information, Warning, Error).</summary>
    public const string LevelVariable = "POLICY_PROXY_LOG_LEVEL";

    /// <summary>Creates the logger factory.</summary>
    public static ILoggerFactory Create(LogLevel level) => LoggerFactory.Create(builder =>
    {
        builder.SetMinimumLevel(level);
        builder.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss.fff ";
            o.UseUtcTimestamp = false;
        });
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    });

    /// <summary>The level from <see cref="LevelVariable"/>, or Information.</summary>
    public static LogLevel LevelFromEnvironment() =>
        Enum.TryParse<LogLevel>(Environment.GetEnvironmentVariable(LevelVariable), ignoreCase: true, out var level) ? level : LogLevel.Information;
}
