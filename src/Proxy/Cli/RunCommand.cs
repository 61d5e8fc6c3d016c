using System.Net.Sockets;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using Policy.Proxy.Demo;
using Policy.Compiler.Emit;
using Policy.Proxy.Hosting;
using Policy.Proxy.Policies;

namespace Policy.Proxy.Cli;

/// <summary>Runs the proxy until SIGTERM or SIGINT; SIGHUP reloads.</summary>
public static class RunCommand
{
    /// <summary>Runs; 0 after a graceful stop, 1 when the configuration or a listener fails.</summary>
    public static async Task<int> RunAsync(RunOptions options, TextWriter stdout, TextWriter stderr)
    {
        using var loggerFactory = ProxyLogging.Create(ProxyLogging.LevelFromEnvironment());
        var demo = options.ConfigPath is null ? DemoEnvironment.Start() : null;
        try
        {
            var source = demo is null ? ConfigSource.FromFile(options.ConfigPath!) : ConfigSource.FromConfig(demo.Config);
            var server = new ProxyServer(source, loggerFactory, new ProxyServerOptions { PolicyFactory = PolicyBackend(loggerFactory) });
            bool started;
            try
            {
                started = await server.StartAsync().ConfigureAwait(false);
            }
            catch (SocketException e)
            {
                await stderr.WriteLineAsync($"policy-proxy: cannot listen: {e.Message}").ConfigureAwait(false);
                return 1;
            }
            foreach (var d in server.LastDiagnostics) await stderr.WriteLineAsync(d.ToString()).ConfigureAwait(false);
            if (!started)
            {
                await stderr.WriteLineAsync($"policy-proxy: the configuration has errors; not started").ConfigureAwait(false);
                return 1;
            }
            if (demo is not null)
            {
                await stdout.WriteLineAsync(demo.Instructions(server.ListenEndPoints[0])).ConfigureAwait(false);
                await stdout.FlushAsync().ConfigureAwait(false);
            }
            var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using var signals = RegisterSignals(server, stop, loggerFactory.CreateLogger("Policy.Proxy"));
            await stop.Task.ConfigureAwait(false);
            await server.StopAsync().ConfigureAwait(false);
            return 0;
        }
        finally
        {
            if (demo is not null) await demo.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Roslyn-compiled policies with the compile cache (and the JIT profile that speeds up the first
    /// compile of a later start), unless <c>POLICY_PROXY_BACKEND=interpreter</c> asks for the
    /// reference interpreter.
    /// </summary>
    private static IPolicyFactory PolicyBackend(ILoggerFactory loggerFactory)
    {
        if (Environment.GetEnvironmentVariable("POLICY_PROXY_BACKEND") is "interpreter") return InterpreterPolicyFactory.Instance;
        CompileCache.Default.StartJitProfile("policy-proxy");
        return new RoslynPolicyFactory(CompileCache.Default, loggerFactory.CreateLogger("Policy.Proxy.Policies"));
    }

    private static Registrations RegisterSignals(ProxyServer server, TaskCompletionSource stop, ILogger logger)
    {
        var registrations = new Registrations();
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            logger.LogInformation("{Signal}: shutting down", context.Signal);
            stop.TrySetResult();
        }
        registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop));
        registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop));
        if (!OperatingSystem.IsWindows())
        {
            registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGHUP, context =>
            {
                context.Cancel = true;
                _ = server.ReloadAsync("SIGHUP");
            }));
        }
        return registrations;
    }

    private sealed class Registrations : List<PosixSignalRegistration>, IDisposable
    {
        public void Dispose()
        {
            foreach (var r in this) r.Dispose();
        }
    }
}
