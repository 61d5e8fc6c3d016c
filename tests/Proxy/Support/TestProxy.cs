using System.Net;
using Policy.Proxy.Hosting;
using Xunit.Abstractions;

namespace Policy.Proxy.Tests.Support;

/// <summary>
/// A proxy running in the test process on 127.0.0.1 with an ephemeral port, configured from YAML
/// written to a temporary folder, with its events collected in memory.
/// </summary>
internal sealed class TestProxy : IAsyncDisposable
{
    private TestProxy(ProxyServer server, MemoryEventSink events, string directory, string configPath)
    {
        Server = server;
        Events = events;
        Directory = directory;
        ConfigPath = configPath;
    }

    public ProxyServer Server { get; }

    public MemoryEventSink Events { get; }

    public string Directory { get; }

    public string ConfigPath { get; }

    public int Port => Server.ListenEndPoints[0].Port;

    public IPEndPoint EndPoint => new(IPAddress.Loopback, Port);

    /// <summary>Starts a proxy; <paramref name="yaml"/> gets <c>listen: 127.0.0.1:0</c> unless it has a listen key.</summary>
    public static async Task<TestProxy> StartAsync(string yaml, ITestOutputHelper? output = null, bool watch = false, Dictionary<string, string>? files = null,
        Policy.Proxy.Policies.IPolicyFactory? policies = null)
    {
        var directory = TempDirectory.Create();
        foreach (var (name, content) in files ?? []) await File.WriteAllTextAsync(Path.Combine(directory, name), content);
        var path = Path.Combine(directory, "proxy.yml");
        await File.WriteAllTextAsync(path, WithListen(yaml));
        var events = new MemoryEventSink();
        var server = new ProxyServer(ConfigSource.FromFile(path), TestLoggerProvider.Factory(output),
            new ProxyServerOptions
            {
                Events = events, WatchFiles = watch, WatchDelay = TimeSpan.FromMilliseconds(100), TrimMemoryWhenQuiet = false,
                PolicyFactory = policies ?? Policy.Proxy.Policies.InterpreterPolicyFactory.Instance,
            });
        if (!await server.StartAsync())
            throw new InvalidOperationException("the proxy did not start:\n" + string.Join("\n", server.LastDiagnostics));
        return new TestProxy(server, events, directory, path);
    }

    public static string WithListen(string yaml) => yaml.Contains("listen:", StringComparison.Ordinal) ? yaml : "listen: 127.0.0.1:0\n" + yaml;

    /// <summary>Replaces the config file.</summary>
    public Task WriteConfigAsync(string yaml) => File.WriteAllTextAsync(ConfigPath, WithListen(yaml));

    public async ValueTask DisposeAsync()
    {
        await Server.StopAsync(TimeSpan.Zero);
        TempDirectory.Delete(Directory);
    }
}
