using Policy.Proxy.Cli;
using Policy.Proxy.Tests.Support;

namespace Policy.Proxy.Tests.Processes;

public sealed class CommandLineTests
{
    private static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await ProxyCommandLine.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Help_prints_the_usage()
    {
        var (code, stdout, _) = await RunAsync("--help");
        Assert.Equal(0, code);
        Assert.Contains("usage: policy-proxy [--config FILE]", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_option_is_a_usage_error()
    {
        var (code, _, stderr) = await RunAsync("--nope");
        Assert.Equal(2, code);
        Assert.Contains("unknown argument '--nope'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_subcommand_is_routed_to_the_admin_client()
    {
        var (code, stdout, _) = await RunAsync("api", "--help");
        Assert.Equal(0, code);
        Assert.Contains("usage: policy-proxy api endpoints create --url URL", stdout, StringComparison.Ordinal);
        (code, _, var stderr) = await RunAsync("api", "endpoints", "list", "--api-url", $"http://127.0.0.1:{Openssl.FreePort()}");
        Assert.Equal(2, code);
        Assert.Contains("cannot reach the admin API", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_config_with_errors_is_reported_with_locations_and_exits_one()
    {
        var dir = TempDirectory.Create();
        try
        {
            var path = Path.Combine(dir, "bad.yml");
            await File.WriteAllTextAsync(path, "listen: 127.0.0.1:0\nendpoints:\n  - name: a\n    url: tls://a.test:8443\n    upstream: {url: 127.0.0.1:1}\n");
            var (code, _, stderr) = await RunAsync("--config", path);
            Assert.Equal(1, code);
            Assert.Contains($"{path}:4:10: error PX0001:", stderr, StringComparison.Ordinal);
        }
        finally
        {
            TempDirectory.Delete(dir);
        }
    }
}
