using System.Text;

namespace Policy.Benchmarks.Compile;

/// <summary>Representative on_tcp_connect policies of a given number of rules.</summary>
public static class PolicyCorpus
{
    /// <summary>A policy of <paramref name="rules"/> rules mixing the common expression and action shapes.</summary>
    public static string Policy(int rules)
    {
        var sb = new StringBuilder("on_tcp_connect:\n");
        for (var i = 0; i < rules; i++)
        {
            sb.Append($"  - name: rule {i}\n    expressions:\n");
            sb.Append((i % 5) switch
            {
                0 => $"      - \"conn.tls.sni == 'app{i}.example.com'\"\n",
                1 => $"      - \"conn.tls.sni.endsWith('.tenant{i}.example.com') && conn.server_port == 443\"\n",
                2 => $"      - \"inCidrRanges(conn.client_ip, ['10.{i % 256}.0.0/16', '192.168.{i % 256}.0/24'])\"\n",
                3 => $"      - \"conn.tls.sni.matches('^api-[0-9]+\\\\\\\\.r{i}\\\\\\\\.example\\\\\\\\.com$')\"\n",
                _ => $"      - \"size(conn.tls.sni.split('.')) > {i % 7} && conn.tls.ja4_fingerprint.startsWith('t13')\"\n",
            });
            sb.Append("    actions:\n");
            sb.Append((i % 3) switch
            {
                0 => $"      - type: log\n        config:\n          metadata:\n            rule: \"{i}\"\n            sni: \"${{conn.tls.sni}}\"\n",
                1 => $"      - type: set-vars\n        config:\n          vars:\n            - tier{i}: \"${{conn.tls.sni.split('.')[0]}}\"\n",
                _ => "      - type: restrict-ips\n        config:\n          enforce: false\n          allow: [\"10.0.0.0/8\"]\n",
            });
        }
        sb.Append("  - actions:\n      - type: log\n        config:\n          metadata:\n            fell: through\n");
        return sb.ToString();
    }
}
