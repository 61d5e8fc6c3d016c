using Policy.Compiler.TrafficPolicy.Catalog;
using Policy.Proxy.Configuration;

namespace Policy.Proxy.Tests.Configuration;

public sealed class ConfigReaderTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    private static ProxyConfig ReadValid(string yaml, Func<string, string?>? env = null)
    {
        var (config, diagnostics) = ConfigReader.Read(yaml, "/etc/proxy/proxy.yml", env ?? NoEnvironment);
        Assert.True(config is not null, string.Join("\n", diagnostics));
        return config;
    }

    private static List<string> Errors(string yaml, Func<string, string?>? env = null)
    {
        var (config, diagnostics) = ConfigReader.Read(yaml, "proxy.yml", env ?? NoEnvironment);
        Assert.Null(config);
        return diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
    }

    [Fact]
    public void The_contract_example_reads_into_the_model()
    {
        var config = ReadValid("""
            listen: 127.0.0.1:8443
            server_region: eu
            admin:
              listen: 127.0.0.1:4040
              token: ${env:POLICY_ADMIN_TOKEN}
            store: proxy-state.db
            events: events.jsonl
            certificates:
              - cert: certs/example.pem
                key: certs/example.key
            limits:
              client_hello_timeout: 3s
              client_idle_timeout: 5m
              server_idle_timeout: 5m
              handshake_timeout: 60s
              upstream_connect_timeout: 10s
              max_client_hello_bytes: 16384
              max_connections: 100000
            endpoints:
              - name: app
                url: tls://app.example.test
                bindings: [public]
                pooling_enabled: false
                upstream:
                  url: 127.0.0.1:9443
                  proxy_protocol: "2"
                traffic_policy:
                  on_tcp_connect:
                    - actions:
                        - type: deny
              - name: db
                url: tls://db.internal:5432
                upstream:
                  url: tls://localhost:15432
                traffic_policy_file: policies/db.yml
            """, name => name == "POLICY_ADMIN_TOKEN" ? "s3cret" : null);

        Assert.Equal("127.0.0.1:8443", config.Listen.Single().Text);
        Assert.Equal("eu", config.ServerRegion);
        Assert.Equal("s3cret", config.Admin!.Token);
        Assert.Equal(4040, config.Admin.Listen.Port);
        Assert.Equal("proxy-state.db", config.Store);
        Assert.Equal("events.jsonl", config.Events);
        Assert.Equal("/etc/proxy/certs/example.pem", Path.Combine(config.Certificates[0].Certificate.BaseDirectory, config.Certificates[0].Certificate.Value));
        Assert.Equal(TimeSpan.FromSeconds(3), config.Limits.ClientHelloTimeout);
        Assert.Equal(TimeSpan.FromMinutes(5), config.Limits.ServerIdleTimeout);
        Assert.Equal(100000, config.Limits.MaxConnections);

        var app = config.Endpoints[0];
        Assert.Equal("app", app.Name);
        Assert.Equal("tls://app.example.test", app.Address.Url);
        Assert.Equal(EndpointBinding.Public, app.Binding);
        Assert.Equal(EndpointType.Agent, app.Type);
        Assert.Equal(2, app.Upstream!.ProxyProtocol);
        Assert.False(app.Upstream.Tls);
        Assert.NotNull(app.Policy.Inline);

        var db = config.Endpoints[1];
        Assert.Equal(EndpointBinding.Internal, db.Binding);
        Assert.Equal(5432, db.Address.Port);
        Assert.True(db.Upstream!.Tls);
        Assert.Equal(("127.0.0.1", 15432), (db.Upstream.Address.Address!.ToString(), db.Upstream.Address.Port));
        Assert.Equal("/etc/proxy/policies/db.yml", db.Policy.FilePath);
    }

    [Fact]
    public void Missing_keys_take_the_documented_defaults()
    {
        var config = ReadValid("endpoints: []\n");
        Assert.Equal("127.0.0.1:8443", config.Listen.Single().Text);
        Assert.Equal("local", config.ServerRegion);
        Assert.Null(config.Events);
        Assert.Equal(ProxyLimits.Default, config.Limits);
    }

    [Fact]
    public void Listen_takes_a_list_and_bracketed_ipv6()
    {
        var config = ReadValid("listen: [\"127.0.0.1:9000\", \"[::1]:9001\"]\n");
        Assert.Equal(["127.0.0.1:9000", "[::1]:9001"], config.Listen.Select(l => l.EndPoint.ToString()));
    }

    [Fact]
    public void An_unknown_key_is_reported_at_its_line_and_column_with_a_suggestion()
    {
        var errors = Errors("listen: 127.0.0.1:1\nendpionts: []\n");
        Assert.Equal("proxy.yml:2:1: error PX0002: the config file has no key 'endpionts'; did you mean 'endpoints'?", Assert.Single(errors));
    }

    [Theory]
    [InlineData("client_hello_timeout: 3", "client_hello_timeout: '3' has no unit; write e.g. 3s (units: ms, s, m, h)")]
    [InlineData("client_idle_timeout: 5 minutes", "client_idle_timeout: '5 minutes' has an unknown unit ' minutes' (units: ns, us, ms, s, m, h)")]
    [InlineData("handshake_timeout: 0s", "handshake_timeout must be longer than zero")]
    [InlineData("max_connections: -1", "max_connections must be a whole number from 1 to 10000000")]
    public void Bad_limits_are_located_errors(string line, string message)
    {
        var error = Assert.Single(Errors($"limits:\n  {line}\n"));
        Assert.StartsWith("proxy.yml:2:", error, StringComparison.Ordinal);
        Assert.EndsWith(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unset_environment_variable_is_an_error()
    {
        var error = Assert.Single(Errors("events: ${env:NOPE_NOT_SET}\n"));
        Assert.Equal("proxy.yml:1:9: error PX0001: events: environment variable 'NOPE_NOT_SET' is not set", error);
    }

    [Fact]
    public void Environment_references_in_a_policy_are_left_to_the_policy()
    {
        var config = ReadValid("""
            endpoints:
              - name: a
                url: tls://a.test
                upstream: {url: "127.0.0.1:1"}
                traffic_policy:
                  on_tcp_connect:
                    - actions:
                        - type: log
                          config: {metadata: {v: "${env:NOT_EXPANDED}"}}
            """);
        Assert.Contains("${env:NOT_EXPANDED}", Policy.Proxy.Policies.PolicyNodeText.Of(config.Endpoints[0].Policy.Inline!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("url: https://a.test", "has scheme 'https'; this proxy serves tls:// endpoints only")]
    [InlineData("url: tls://a.test:8443", "public tls endpoints are on port 443")]
    [InlineData("url: tls://a.*.test", "a wildcard may only be the whole first label")]
    [InlineData("url: tls://10.0.0.1", "does not have a valid host name (ip literal)")]
    [InlineData("url: tls://a.test/path", "must be only tls://host[:port]; remove '/path'")]
    public void Bad_endpoint_urls_are_errors(string urlLine, string message)
    {
        var errors = Errors($"endpoints:\n  - name: a\n    {urlLine}\n    upstream: {{url: 127.0.0.1:1}}\n");
        Assert.Contains(errors, e => e.StartsWith("proxy.yml:3:", StringComparison.Ordinal) && e.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void An_internal_binding_needs_an_internal_host()
    {
        var errors = Errors("endpoints:\n  - name: a\n    url: tls://a.test\n    bindings: [internal]\n    upstream: {url: 127.0.0.1:1}\n");
        Assert.Contains(errors, e => e.Contains("an internal endpoint's host must end in '.internal'", StringComparison.Ordinal));
    }

    [Fact]
    public void Same_url_without_pooling_is_a_conflict_and_with_pooling_a_pool()
    {
        const string two = """
            endpoints:
              - name: a
                url: tls://a.test
                pooling_enabled: {0}
                upstream: {{url: 127.0.0.1:1}}
              - name: b
                url: tls://a.test
                pooling_enabled: true
                upstream: {{url: 127.0.0.1:2}}
            """;
        var errors = Errors(string.Format(System.Globalization.CultureInfo.InvariantCulture, two, "false"));
        Assert.Contains(errors, e => e.Contains("endpoint 'b' has the same url as 'a'", StringComparison.Ordinal));
        Assert.Equal(2, ReadValid(string.Format(System.Globalization.CultureInfo.InvariantCulture, two, "true")).Endpoints.Count);
    }

    [Fact]
    public void Duplicate_names_are_a_conflict()
    {
        var errors = Errors("endpoints:\n  - {name: a, url: tls://a.test, upstream: {url: 127.0.0.1:1}}\n  - {name: a, url: tls://b.test, upstream: {url: 127.0.0.1:1}}\n");
        Assert.Contains(errors, e => e.Contains("endpoint name 'a' is used more than once", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cloud_endpoint_without_a_policy_is_an_error()
    {
        var errors = Errors("endpoints:\n  - name: a\n    url: tls://a.test\n");
        Assert.Contains(errors, e => e.Contains("needs a traffic policy that always ends in a terminating action", StringComparison.Ordinal));
    }

    [Fact]
    public void Policy_inline_and_from_a_file_together_is_an_error()
    {
        var errors = Errors("endpoints:\n  - name: a\n    url: tls://a.test\n    upstream: {url: 127.0.0.1:1}\n    traffic_policy: {on_tcp_connect: []}\n    traffic_policy_file: p.yml\n");
        Assert.Contains(errors, e => e.Contains("give traffic_policy or traffic_policy_file, not both", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("url: 127.0.0.1:70000", "invalid port '70000'")]
    [InlineData("url: http://127.0.0.1:80", "scheme 'http' is not supported")]
    [InlineData("url: \"127.0.0.1:1\"\n      proxy_protocol: \"3\"", "proxy_protocol must be \"1\" or \"2\"")]
    public void Bad_upstreams_are_errors(string lines, string message)
    {
        var errors = Errors($"endpoints:\n  - name: a\n    url: tls://a.test\n    upstream:\n      {lines}\n");
        Assert.Contains(errors, e => e.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_bare_upstream_port_means_loopback()
    {
        var config = ReadValid("endpoints:\n  - {name: a, url: tls://a.test, upstream: {url: \"9443\"}}\n");
        Assert.Equal("127.0.0.1:9443", config.Endpoints[0].Upstream!.Address.ToString());
    }

    [Theory]
    [InlineData("\" secret\"")]
    [InlineData("\"secret\\n\"")]
    public void An_admin_token_with_surrounding_white_space_is_refused(string token)
    {
        var errors = Errors($"admin:\n  token: {token}\n");
        Assert.Contains(errors, e => e.Contains("admin.token starts or ends with white space", StringComparison.Ordinal));
    }

    [Fact]
    public void A_non_loopback_admin_listener_needs_a_token()
    {
        var errors = Errors("admin:\n  listen: 0.0.0.0:4040\n");
        Assert.Contains(errors, e => e.Contains("admin.token is required", StringComparison.Ordinal));
    }

    [Fact]
    public void Yaml_syntax_errors_are_located()
    {
        var errors = Errors("endpoints:\n  - name: [a\n");
        Assert.NotEmpty(errors);
        Assert.StartsWith("proxy.yml:", errors[0], StringComparison.Ordinal);
    }
}
