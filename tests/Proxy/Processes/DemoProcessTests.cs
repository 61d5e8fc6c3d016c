using System.Text.Json;
using System.Text.RegularExpressions;
using Policy.Proxy.Tests.Support;

namespace Policy.Proxy.Tests.Processes;

public sealed partial class DemoProcessTests
{
    [GeneratedRegex(@"openssl s_client -connect 127\.0\.0\.1:(\d+) -servername demo\.localhost")]
    private static partial Regex TryLine();

    [Fact]
    public async Task The_demo_prints_how_to_try_it_echoes_through_openssl_and_stops_cleanly_on_sigterm()
    {
        Assert.True(Openssl.IsAvailable, "the openssl command is required");
        var dir = TempDirectory.Create();
        await using var proxy = ProxyProcess.Start(dir);
        try
        {
            var stdout = await proxy.WaitForAsync("openssl s_client -connect");
            var port = int.Parse(TryLine().Match(stdout).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

            await using (var client = await Openssl.RunClientAsync(port, "demo.localhost", "hello demo\n", "hello demo", TimeSpan.FromSeconds(10)))
            {
                Assert.Contains("hello demo", client.Stdout, StringComparison.Ordinal);
                // The upstream's own certificate: the demo passes TLS through.
                Assert.Contains("CN = demo.localhost", client.Stdout + client.Stderr, StringComparison.Ordinal);
            }
            var line = await proxy.WaitForAsync("\"close_reason\"");
            proxy.Signal(ProxyProcess.SigTerm);
            Assert.Equal(0, await proxy.WaitForExitAsync(TimeSpan.FromSeconds(15)));

            var json = proxy.Stdout.Split('\n').First(l => l.StartsWith("{\"event_id\"", StringComparison.Ordinal));
            var o = JsonDocument.Parse(json).RootElement.GetProperty("object");
            Assert.Equal("demo.localhost", o.GetProperty("conn").GetProperty("server_name").GetString());
            Assert.Equal("demo", o.GetProperty("endpoint").GetProperty("name").GetString());
            var metadata = o.GetProperty("traffic_policy").GetProperty("logs")[0].GetProperty("metadata");
            Assert.Equal(("demo.localhost", "127.0.0.1"), (metadata.GetProperty("sni").GetString(), metadata.GetProperty("client").GetString()));
            Assert.Contains("SIGTERM: shutting down", proxy.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            TempDirectory.Delete(dir);
        }
    }

    [Fact]
    public async Task A_restart_takes_the_compiled_policy_from_the_cache_which_also_keeps_the_jit_profile()
    {
        var dir = TempDirectory.Create();
        var cache = Path.Combine(dir, "cache");
        var environment = new Dictionary<string, string> { ["POLICY_COMPILE_CACHE"] = cache };
        try
        {
            foreach (var expected in new[] { "from roslyn", "from cache" })
            {
                await using var proxy = ProxyProcess.Start(dir, environment);
                await proxy.WaitForAsync("openssl s_client -connect");
                Assert.Contains("compiled code " + expected, proxy.Stderr, StringComparison.Ordinal);
                proxy.Signal(ProxyProcess.SigTerm);
                Assert.Equal(0, await proxy.WaitForExitAsync(TimeSpan.FromSeconds(15)));
                // The multi-core JIT profile is written as the process exits.
                Assert.True(File.Exists(Path.Combine(cache, "policy-proxy.jitprofile")));
            }
            Assert.Single(Directory.GetFiles(cache, "*.dll"));
        }
        finally
        {
            TempDirectory.Delete(dir);
        }
    }
}
