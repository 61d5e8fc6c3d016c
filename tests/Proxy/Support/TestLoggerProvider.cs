using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Policy.Proxy.Tests.Support;

/// <summary>Sends the proxy's log lines to a test's output (shown when the test fails).</summary>
internal sealed class TestLoggerProvider(ITestOutputHelper? output) : ILoggerProvider
{
    public static ILoggerFactory Factory(ITestOutputHelper? output) => LoggerFactory.Create(b =>
    {
        b.SetMinimumLevel(LogLevel.Debug);
        b.AddProvider(new TestLoggerProvider(output));
    });

    public ILogger CreateLogger(string categoryName) => new Logger(output);

    public void Dispose()
    {
    }

    private sealed class Logger(ITestOutputHelper? output) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => output is not null;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            try
            {
                output?.WriteLine($"{DateTime.Now:HH:mm:ss.fff} {logLevel}: {formatter(state, exception)}{(exception is null ? "" : " " + exception)}");
            }
            catch (InvalidOperationException)
            {
                // The test already finished; its output is closed.
            }
        }
    }
}
