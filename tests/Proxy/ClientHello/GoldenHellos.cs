using System.Text;

namespace Policy.Proxy.Tests.ClientHello;

/// <summary>Reads and writes the captured ClientHello hex files under tests/Proxy/testdata/clienthello.</summary>
internal static class GoldenHellos
{
    public const string OpenSslTls13 = "openssl-tls13-sni-alpn";
    public const string OpenSslTls12 = "openssl-tls12-sni-alpn";
    public const string OpenSslNoSni = "openssl-no-sni";
    public const string DotNetSslStream = "dotnet-sslstream";

    public static readonly string[] All = [OpenSslTls13, OpenSslTls12, OpenSslNoSni, DotNetSslStream];

    /// <summary>The folder, found by walking up from the test binaries to the repository's tests/Proxy.</summary>
    public static string Directory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "testdata", "clienthello");
                if (System.IO.Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Policy.Proxy.Tests.csproj")))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("tests/Proxy/testdata/clienthello not found above " + AppContext.BaseDirectory);
        }
    }

    public static byte[] Load(string name) => ParseHex(File.ReadAllText(Path.Combine(Directory, name + ".hex")));

    /// <summary>Hex digits, whitespace ignored; lines starting with '#' are comments.</summary>
    public static byte[] ParseHex(string text)
    {
        var digits = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            foreach (var c in trimmed)
            {
                if (!char.IsWhiteSpace(c))
                {
                    digits.Append(c);
                }
            }
        }

        return Convert.FromHexString(digits.ToString());
    }

    public static string FormatHex(byte[] bytes, IEnumerable<string> comments)
    {
        var text = new StringBuilder();
        foreach (var comment in comments)
        {
            text.Append("# ").Append(comment).Append('\n');
        }

        for (var i = 0; i < bytes.Length; i += 32)
        {
            text.Append(Convert.ToHexStringLower(bytes, i, Math.Min(32, bytes.Length - i))).Append('\n');
        }

        return text.ToString();
    }
}
