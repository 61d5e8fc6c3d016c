using Policy.Compiler.TrafficPolicy.Catalog;

namespace Policy.Compiler.TrafficPolicy.Binding;

/// <summary>
/// The URL of an internal endpoint, as <c>forward-internal</c> takes it: the endpoint's own
/// scheme, a host ending in <c>.internal</c> (at most five labels before it), and an optional
/// port; nothing else.
/// </summary>
public static class InternalUrl
{
    /// <summary>The most labels in front of <c>.internal</c> (ERR_NGROK_9031).</summary>
    public const int MaxSubLabels = 5;

    /// <summary>Validates <paramref name="url"/> for an endpoint of <paramref name="scheme"/>; returns null or what is wrong.</summary>
    public static string? Validate(string url, Scheme scheme)
    {
        var expected = SchemeNames.Name(scheme);
        var sep = url.IndexOf("://", StringComparison.Ordinal);
        if (sep < 0) return $"'{url}' is not a URL; expected {expected}://<name>.internal[:port]";
        var urlScheme = url[..sep].ToLowerInvariant();
        if (urlScheme != expected)
            return $"'{url}' has scheme '{urlScheme}', but a {expected} endpoint forwards only to {expected}:// internal endpoints (same protocol)";
        var rest = url[(sep + 3)..];
        if (rest.IndexOfAny(['/', '?', '#', '@']) is var bad and >= 0)
            return $"'{url}' must be only {expected}://host[:port]; remove '{rest[bad..]}'";
        var host = rest;
        var colon = rest.LastIndexOf(':');
        if (colon >= 0)
        {
            host = rest[..colon];
            var port = rest[(colon + 1)..];
            if (!int.TryParse(port, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var p) || p is < 1 or > 65535)
                return $"'{url}' has an invalid port '{port}'; ports are 1 to 65535";
        }
        host = host.ToLowerInvariant();
        if (host is ".internal" or "internal")
            return $"'{url}' names no endpoint: write a name before '.internal', e.g. {expected}://db.internal";
        if (!host.EndsWith(".internal", StringComparison.Ordinal))
            return $"'{url}' does not name an internal endpoint: the host must end in '.internal'";
        var labels = host[..^".internal".Length].Split('.');
        if (labels.Length > MaxSubLabels) return $"'{url}' has {labels.Length} labels before '.internal'; at most {MaxSubLabels} are allowed";
        foreach (var label in labels)
        {
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-' || !label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
                return label == "*"
                    ? $"'{url}' uses a wildcard; forward-internal needs one specific internal endpoint"
                    : $"'{url}' has an invalid host label '{label}' (letters, digits and '-', not at either end)";
        }
        return null;
    }

    /// <summary>The default port of a scheme's internal URL without one (443 for tls and https, 80 for http).</summary>
    public static int DefaultPort(Scheme scheme) => scheme == Scheme.Http ? 80 : 443;
}
