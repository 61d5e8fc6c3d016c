using System.Text.Json;

namespace Policy.Lint.Tests;

/// <summary>
/// A proxy configuration (a document with <c>endpoints:</c>) is recognised and each endpoint's
/// policy is linted in that endpoint's context: scheme from its URL, binding from its bindings
/// or an <c>.internal</c> host, agent with an upstream and cloud without one.
/// </summary>
public class ProxyConfigTests
{
    private const string Config = """
        listen: 127.0.0.1:8443
        endpoints:
          - name: agent
            url: tls://db.example.com
            upstream:
              url: 127.0.0.1:5432
            traffic_policy:
              on_tcp_connect:
                - actions:
                    - type: log
                      config:
                        metadata:
                          a: b
          - name: cloud
            url: tls://cloud.example.com
            traffic_policy:
              on_tcp_connect:
                - actions:
                    - type: log
                      config:
                        metadata:
                          a: b
          - name: web
            url: https://web.example.com
            traffic_policy:
              on_http_request:
                - actions:
                    - type: custom-response
                      config:
                        status_code: 200
          - name: internal-http
            url: https://api.internal
            upstream:
              url: 127.0.0.1:8080
            traffic_policy:
              on_tcp_connect:
                - actions:
                    - type: deny
          - name: kube
            url: tls://k.example.com
            bindings: [kubernetes]
            upstream:
              url: 127.0.0.1:1
            traffic_policy:
              on_tcp_connect:
                - actions:
                    - type: deny
          - name: odd
            url: udp://u.example.com
            upstream:
              url: 127.0.0.1:1
        """;

    private static List<(string File, int Line, string Code)> Diagnostics(LintResult result) =>
        JsonDocument.Parse(result.Stdout).RootElement.EnumerateArray()
            .Select(e => (e.GetProperty("file").GetString()!, e.GetProperty("line").GetInt32(), e.GetProperty("code").GetString()!))
            .ToList();

    [Fact]
    public void Each_endpoint_is_linted_in_its_own_context()
    {
        using var tree = new TempTree();
        var config = tree.Write("proxy.yml", Config);
        var result = LintHarness.Run("--format", "json", config);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                // cloud: no upstream, so the policy must terminate (the agent endpoint's same policy is fine).
                (config, 18, "TP2235"),
                // internal-http: https + .internal host = internal binding, which has no on_tcp_connect.
                (config, 36, "TP2262"),
                // kube: tls with the kubernetes binding.
                (config, 45, "TP0007"),
                // odd: an unknown scheme.
                (config, 49, "TP2229"),
            ],
            Diagnostics(result));
    }

    [Fact]
    public void The_command_line_context_does_not_override_an_endpoint_context()
    {
        using var tree = new TempTree();
        var config = tree.Write("proxy.yml", Config);
        var asHttps = LintHarness.Run("--format", "json", "--scheme", "https", "--endpoint-type", "agent", config);
        Assert.Equal(Diagnostics(LintHarness.Run("--format", "json", config)), Diagnostics(asHttps));
    }

    [Fact]
    public void A_traffic_policy_file_is_read_relative_to_the_config_and_reported_under_its_own_path()
    {
        using var tree = new TempTree();
        var config = tree.Write("conf/proxy.yml", """
            endpoints:
              - name: web
                url: https://web.example.com
                traffic_policy_file: policies/web.yml
              - name: passthrough
                url: tls://db.example.com
                traffic_policy_file: policies/db.yml
              - name: missing
                url: tls://m.example.com
                upstream:
                  url: 127.0.0.1:1
                traffic_policy_file: policies/none.yml
            """);
        var web = tree.Write("conf/policies/web.yml", Policies.Quickstart);
        var db = tree.Write("conf/policies/db.yml", Policies.Clean);

        var result = LintHarness.Run(config);
        Assert.Equal(1, result.ExitCode);
        // web.yml is fine for the https endpoint; db.yml is not enough for the cloud endpoint.
        Assert.DoesNotContain(web, result.Stdout);
        Assert.Contains($"{db}:2:5: error TP2235:", result.Stdout);
        Assert.Contains($"{config}:12:26: error TP2236: endpoint 'missing': traffic_policy_file 'policies/none.yml' does not exist", result.Stdout);
        // proxy.yml, web.yml (clean in its https context) and db.yml.
        Assert.Equal("3 files checked: 2 errors, 0 warnings\n", result.Stderr);
    }

    [Fact]
    public void An_endpoint_with_both_an_inline_policy_and_a_policy_file_is_an_error()
    {
        using var tree = new TempTree();
        var config = tree.Write("proxy.yml", """
            endpoints:
              - name: both
                url: tls://both.example.com
                upstream:
                  url: 127.0.0.1:1
                traffic_policy:
                  on_tcp_connect:
                    - actions: [{type: deny}]
                traffic_policy_file: policies/both.yml
            """);
        tree.Write("policies/both.yml", Policies.Clean);

        var result = LintHarness.Run(config);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{config}:9:26: error TP2236: endpoint 'both': give traffic_policy or traffic_policy_file, not both", result.Stdout);
    }

    [Fact]
    public void A_policy_file_referenced_by_a_config_in_the_same_folder_is_not_linted_again_out_of_context()
    {
        using var tree = new TempTree();
        tree.Write("proxy.yml", """
            endpoints:
              - name: web
                url: https://web.example.com
                traffic_policy_file: policies/web.yml
            """);
        tree.Write("policies/web.yml", Policies.Quickstart);
        tree.Write("policies/other.yml", Policies.Quickstart);

        var result = LintHarness.Run("--format", "json", tree.Root);
        Assert.Equal(1, result.ExitCode);
        // Only other.yml, which no endpoint uses, is linted in the default (tls) context.
        Assert.Equal([(tree.PathOf("policies/other.yml"), 1, "TP2230")], Diagnostics(result));
    }

    [Fact]
    public void A_file_used_by_two_endpoints_is_linted_in_both_contexts()
    {
        using var tree = new TempTree();
        var config = tree.Write("proxy.yml", """
            endpoints:
              - name: agent
                url: tls://a.example.com
                upstream:
                  url: 127.0.0.1:1
                traffic_policy_file: shared.yml
              - name: cloud
                url: tls://c.example.com
                traffic_policy_file: shared.yml
            """);
        var shared = tree.Write("shared.yml", Policies.Clean);
        var result = LintHarness.Run("--format", "json", config);
        Assert.Equal([(shared, 2, "TP2235")], Diagnostics(result));
    }

    [Fact]
    public void A_proxy_config_read_from_stdin_is_recognised()
    {
        var result = LintHarness.Run(["--format", "json", "-"], Config);
        Assert.Equal(4, Diagnostics(result).Count);
        Assert.All(Diagnostics(result), d => Assert.Equal("<stdin>", d.File));
    }
}
