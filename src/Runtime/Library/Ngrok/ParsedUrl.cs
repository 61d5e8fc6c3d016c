namespace Policy.Runtime.Library.Ngrok;

/// <summary>
/// A URL taken apart as Go's <c>url.Parse</c> does (the fields of Go's <c>url.URL</c>): text
/// fields are decoded, with the raw forms kept only where decoding and re-encoding would not
/// give the original back.
/// </summary>
internal sealed record ParsedUrl
{
    /// <summary>The scheme, lower-cased (<c>https</c>); empty for a relative reference.</summary>
    public string Scheme { get; init; } = "";

    /// <summary>The rest after <c>scheme:</c> when it does not start with <c>/</c> (<c>mailto:a@b</c> → <c>a@b</c>).</summary>
    public string Opaque { get; init; } = "";

    /// <summary>True when the URL had <c>user[:password]@</c> in its authority.</summary>
    public bool HasUser { get; init; }

    /// <summary>The decoded user name.</summary>
    public string Username { get; init; } = "";

    /// <summary>The decoded password, or null when there was no <c>:</c> in the user information.</summary>
    public string? Password { get; init; }

    /// <summary><c>host</c> or <c>host:port</c>, IPv6 literals in brackets.</summary>
    public string Host { get; init; } = "";

    /// <summary>The decoded path.</summary>
    public string Path { get; init; } = "";

    /// <summary>The path as written, when that differs from the default encoding of <see cref="Path"/>; otherwise empty.</summary>
    public string RawPath { get; init; } = "";

    /// <summary>True for <c>scheme:/path</c> (a scheme and an absolute path with no authority).</summary>
    public bool OmitHost { get; init; }

    /// <summary>True when the URL ends in a <c>?</c> with nothing after it.</summary>
    public bool ForceQuery { get; init; }

    /// <summary>The query as written, without the <c>?</c>.</summary>
    public string RawQuery { get; init; } = "";

    /// <summary>The decoded fragment, without the <c>#</c>.</summary>
    public string Fragment { get; init; } = "";

    /// <summary>The fragment as written, when that differs from the default encoding of <see cref="Fragment"/>; otherwise empty.</summary>
    public string RawFragment { get; init; } = "";

    /// <summary>The host without port and without the brackets of an IPv6 literal (Go's <c>URL.Hostname()</c>).</summary>
    public string Hostname
    {
        get
        {
            var (host, _) = SplitHostPort(Host);
            return host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
        }
    }

    /// <summary>The port digits, or empty when there is none (Go's <c>URL.Port()</c>).</summary>
    public string Port => SplitHostPort(Host).Port;

    private static (string Host, string Port) SplitHostPort(string hostPort)
    {
        var colon = hostPort.LastIndexOf(':');
        if (colon < 0) return (hostPort, "");
        var port = hostPort[(colon + 1)..];
        return port.All(char.IsAsciiDigit) ? (hostPort[..colon], port) : (hostPort, "");
    }
}
