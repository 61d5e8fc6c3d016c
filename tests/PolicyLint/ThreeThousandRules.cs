using System.Globalization;
using System.Text;

namespace Policy.Lint.Tests;

/// <summary>
/// The 3,000-rule policy of issue 4's performance figure: every rule has its own expression and
/// one of the TLS actions (log with an interpolation, restrict-ips, set-vars, close-connection,
/// terminate-tls, forward-internal), and a final deny. It must lint clean; its timing is measured
/// outside the tests (set POLICY_LINT_PERF_OUT=FILE to write it out, then time policy-lint on it).
/// </summary>
public class ThreeThousandRules
{
    public static string Build(int rules = 3_000)
    {
        var sb = new StringBuilder("on_tcp_connect:\n");
        for (var i = 0; i < rules; i++)
        {
            var (expression, action) = (i % 6) switch
            {
                0 => ($"conn.tls.sni.endsWith('.tenant{i}.example.com') && conn.server_port == 443",
                    $"      - type: log\n        config:\n          metadata:\n            rule: \"{i}\"\n            sni: \"${{conn.tls.sni}}\""),
                1 => ($"inCidrRange(conn.client_ip, '10.{i % 256}.0.0/16') || conn.client_ip.geo.location.country_code in ['US', 'C{i % 10}']",
                    $"      - type: restrict-ips\n        config:\n          enforce: true\n          allow: [\"10.{i % 256}.0.0/16\", \"2001:db8:{i:x}::/48\"]"),
                2 => ($"conn.tls.sni.matches('^app{i}[.]example[.]com$') && !conn.client_ip.is_tor_node",
                    $"      - type: set-vars\n        config:\n          vars:\n            - tenant{i}: \"${{conn.tls.sni.split('.')[0]}}\""),
                3 => ($"'proxy.anonymous.tor' in conn.client_ip.categories || conn.client_ip.as.number == {64512 + i}",
                    "      - type: close-connection"),
                4 => ($"timestamp(time.now) > timestamp('2025-01-01T00:00:00Z') && size(conn.tls.client.san.dns_names) > {i % 5}",
                    $"      - type: terminate-tls\n        config:\n          min_version: \"1.2\"\n          mutual_tls_certificate_authorities: [\"ca_{i:D8}\"]"),
                _ => ($"conn.tls.sni == 'db{i}.example.com'",
                    $"      - type: forward-internal\n        config:\n          url: tls://db{i}.internal:{5000 + (i % 1000)}"),
            };
            sb.Append(CultureInfo.InvariantCulture, $"  - name: rule {i}\n    expressions:\n      - \"{expression}\"\n    actions:\n{action}\n");
        }
        return sb.Append("  - actions:\n      - type: deny\n").ToString();
    }

    [Fact]
    public void The_performance_policy_lints_clean()
    {
        var text = Build();
        if (Environment.GetEnvironmentVariable("POLICY_LINT_PERF_OUT") is { Length: > 0 } path) File.WriteAllText(path, text);
        Assert.Equal(3_000, text.Split("\n  - name: rule ").Length - 1);
        var result = LintHarness.Run(["--endpoint-type", "cloud", "-"], text);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Stdout);
        Assert.Equal("1 file checked: 0 errors, 0 warnings\n", result.Stderr);
    }
}
