using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Policy.Proxy.ClientHello;

namespace Policy.Proxy.Endpoints;

/// <summary>
/// A TLS endpoint's URL, parsed: <c>tls://host[:port]</c>, where the host may start with one
/// <c>*.</c> label (a wildcard matching any depth). Public endpoints are on port 443; internal
/// ones (<c>*.internal</c>) on any port, 443 when left out.
/// </summary>
public sealed record EndpointAddress(string Host, int Port, bool IsWildcard, bool IsInternal)
{
    /// <summary>The port a URL without one means.</summary>
    public const int DefaultPort = 443;

    /// <summary>The canonical URL: <c>tls://host</c>, with <c>:port</c> when it is not 443.</summary>
    public string Url => Port == DefaultPort ? $"tls://{Host}" : $"tls://{Host}:{Port}";

    /// <summary>For a wildcard, the part after <c>*.</c>; otherwise the host.</summary>
    public string Suffix => IsWildcard ? Host[2..] : Host;

    /// <inheritdoc/>
    public override string ToString() => Url;

    /// <summary>Parses and validates an endpoint URL (a bare host means <c>tls://host</c>).</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out EndpointAddress? address, [NotNullWhen(false)] out string? error)
    {
        address = null;
        var rest = text.Trim();
        var sep = rest.IndexOf("://", StringComparison.Ordinal);
        if (sep >= 0)
        {
            var scheme = rest[..sep].ToLowerInvariant();
            if (scheme != "tls")
            {
                error = $"'{text}' has scheme '{scheme}'; this proxy serves tls:// endpoints only";
                return false;
            }
            rest = rest[(sep + 3)..];
        }
        if (rest.IndexOfAny(['/', '?', '#', '@']) is var bad and >= 0)
        {
            error = $"'{text}' must be only tls://host[:port]; remove '{rest[bad..]}'";
            return false;
        }
        var port = DefaultPort;
        var colon = rest.LastIndexOf(':');
        if (colon >= 0)
        {
            if (!int.TryParse(rest.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535)
            {
                error = $"'{text}' has an invalid port '{rest[(colon + 1)..]}'; ports are 1 to 65535";
                return false;
            }
            rest = rest[..colon];
        }
        var wildcard = rest.StartsWith("*.", StringComparison.Ordinal);
        var name = wildcard ? rest[2..] : rest;
        if (name.Contains('*', StringComparison.Ordinal))
        {
            error = $"'{text}': a wildcard may only be the whole first label, as in tls://*.example.com";
            return false;
        }
        if (!HostNameNormalizer.TryNormalize(name, out var normal, out var reason))
        {
            error = $"'{text}' does not have a valid host name ({reason.Replace('_', ' ')})";
            return false;
        }
        var isInternal = normal == "internal" || normal.EndsWith(".internal", StringComparison.Ordinal);
        if (isInternal)
        {
            var labels = normal.Split('.').Length - 1 + (wildcard ? 1 : 0);
            if (normal == "internal" && !wildcard)
            {
                error = $"'{text}' needs a name before '.internal'";
                return false;
            }
            if (labels > Policy.Compiler.TrafficPolicy.Binding.InternalUrl.MaxSubLabels)
            {
                error = $"'{text}' has {labels} labels before '.internal'; at most {Policy.Compiler.TrafficPolicy.Binding.InternalUrl.MaxSubLabels} are allowed";
                return false;
            }
        }
        else if (port != DefaultPort)
        {
            error = $"'{text}': public tls endpoints are on port 443 (the listener's own port is set by 'listen')";
            return false;
        }
        address = new EndpointAddress(wildcard ? "*." + normal : normal, port, wildcard, isInternal);
        error = null;
        return true;
    }
}
