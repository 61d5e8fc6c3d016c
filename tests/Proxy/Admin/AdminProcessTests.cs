using System.Globalization;
using Policy.Proxy.Cli;
using Policy.Proxy.Tests.Support;

namespace Policy.Proxy.Tests.Admin;

/// <summary>The real <c>policy-proxy</c> process (Roslyn-compiled policies), managed with the CLI.</summary>
public sealed class AdminProcessTests
{
    private static async Task<int> PortAfterAsync(ProxyProcess proxy, string marker)
    {
        var log = await proxy.WaitForAsync(marker, stderr: true);
        var at = log.LastIndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return int.Parse(new string(log[at..].TakeWhile(char.IsAsciiDigit).ToArray()), CultureInfo.InvariantCulture);
    }

    private static async Task<(int Code, string Out, string Err)> CliAsync(int adminPort, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await ApiCommand.RunAsync(["endpoints", .. args, "--api-url", $"http://127.0.0.1:{adminPort}", "--token", AdminProxy.Token], stdout, stderr, _ => null);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static async Task<byte[]> AnswerAsync(int port)
    {
        using var client = await Hellos.SendAsync(port, "app.example.test");
        var (data, closed) = await client.ReadToEndAsync(TimeSpan.FromSeconds(10));
        Assert.True(closed);
        return data;
    }

    [Fact]
    public async Task The_cli_manages_a_running_proxy_whose_endpoints_survive_a_restart()
    {
        var dir = TempDirectory.Create();
        try
        {
            var config = Path.Combine(dir, "proxy.yml");
            await File.WriteAllTextAsync(config, AdminProxy.Config(""));
            string id;
            await using (var proxy = ProxyProcess.Start(dir, "--config", config))
            {
                var admin = await PortAfterAsync(proxy, "admin API listening on http://127.0.0.1:");
                var port = await PortAfterAsync(proxy, ", listening on 127.0.0.1:");
                Assert.Equal(7, (await AnswerAsync(port)).Length);

                var (code, stdout, stderr) = await CliAsync(admin, "create", "--json", "--url", "tls://app.example.test", "--traffic-policy", EndpointLifecycleTests.DenyPolicy);
                Assert.True(code == 0, stderr);
                id = System.Text.Json.JsonDocument.Parse(stdout).RootElement.GetProperty("id").GetString()!;
                Assert.Empty(await AnswerAsync(port));
                proxy.Signal(ProxyProcess.SigTerm);
                Assert.Equal(0, await proxy.WaitForExitAsync(TimeSpan.FromSeconds(15)));
            }
            Assert.True(File.Exists(Path.Combine(dir, "state.db")));

            await using (var proxy = ProxyProcess.Start(dir, "--config", config))
            {
                var admin = await PortAfterAsync(proxy, "admin API listening on http://127.0.0.1:");
                var port = await PortAfterAsync(proxy, ", listening on 127.0.0.1:");
                Assert.Empty(await AnswerAsync(port));
                var (code, stdout, _) = await CliAsync(admin, "list");
                Assert.Equal(0, code);
                Assert.Contains(id, stdout, StringComparison.Ordinal);
                (code, _, _) = await CliAsync(admin, "delete", id);
                Assert.Equal(0, code);
                Assert.Equal(7, (await AnswerAsync(port)).Length);
            }
        }
        finally
        {
            TempDirectory.Delete(dir);
        }
    }
}
