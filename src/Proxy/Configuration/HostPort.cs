using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;

namespace Policy.Proxy.Configuration;

/// <summary>A <c>host:port</c> pair as written in the config (<c>127.0.0.1:8443</c>, <c>[::1]:8443</c>, <c>localhost:9000</c>).</summary>
public readonly record struct HostPort(string Host, int Port)
{
    /// <summary>The host as an IP address, when it is one (<c>localhost</c> counts as 127.0.0.1, <c>*</c> as any).</summary>
    public IPAddress? Address => Host switch
    {
        "localhost" => IPAddress.Loopback,
        "*" or "" => IPAddress.IPv6Any,
        _ => IPAddress.TryParse(Host, out var a) ? a : null,
    };

    /// <summary>Parses <c>host:port</c>; an IPv6 host is written in brackets. <paramref name="defaultPort"/> applies when the port is left out (0: required).</summary>
    public static bool TryParse(string text, int defaultPort, [NotNullWhen(true)] out HostPort? value, [NotNullWhen(false)] out string? error)
    {
        value = null;
        error = null;
        var s = text.Trim();
        string host;
        string? port = null;
        if (s.StartsWith('['))
        {
            var end = s.IndexOf(']', StringComparison.Ordinal);
            if (end < 0)
            {
                error = $"'{text}' has an unclosed '['";
                return false;
            }
            host = s[1..end];
            var rest = s[(end + 1)..];
            if (rest.Length > 0)
            {
                if (rest[0] != ':')
                {
                    error = $"'{text}' must be [address]:port";
                    return false;
                }
                port = rest[1..];
            }
            if (!IPAddress.TryParse(host, out var v6) || v6.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
            {
                error = $"'{host}' is not an IPv6 address";
                return false;
            }
        }
        else
        {
            var colon = s.LastIndexOf(':');
            if (colon >= 0 && s.IndexOf(':', StringComparison.Ordinal) != colon)
            {
                error = $"'{text}': write an IPv6 address in brackets, e.g. [::1]:8443";
                return false;
            }
            host = colon >= 0 ? s[..colon] : s;
            port = colon >= 0 ? s[(colon + 1)..] : null;
            if (host.Length == 0 && colon < 0)
            {
                error = "a host:port is required";
                return false;
            }
            // A bare number is a port on the loopback interface, as ngrok's upstream URLs allow.
            if (colon < 0 && host.All(char.IsAsciiDigit))
            {
                port = host;
                host = "127.0.0.1";
            }
        }
        var p = defaultPort;
        if (port is not null && (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out p) || p > 65535))
        {
            error = $"'{text}' has an invalid port '{port}'; ports are 0 to 65535";
            return false;
        }
        if (port is null && defaultPort == 0)
        {
            error = $"'{text}' has no port; write host:port";
            return false;
        }
        value = new HostPort(host.ToLowerInvariant(), p);
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port}" : $"{Host}:{Port}";
}
