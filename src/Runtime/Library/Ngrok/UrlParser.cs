using Policy.Runtime.Network;

namespace Policy.Runtime.Library.Ngrok;

/// <summary>
/// <c>url.parse</c>'s parser: the behaviour of Go's <c>url.Parse</c> (the library ngrok's
/// documentation points at), including the checks of current Go releases that reject a
/// bracketed host that is not an IPv6 address and an IP literal not at the start of the host.
/// </summary>
/// <remarks>
/// Steps, in Go's order: cut the fragment at the first <c>#</c>; refuse ASCII control
/// characters; take a scheme (a letter, then letters, digits, <c>+ - .</c>, then <c>:</c>);
/// cut the query at the first <c>?</c>; a rest that does not start with <c>/</c> after a scheme
/// is opaque; otherwise <c>//authority</c> is split into user information and host[:port],
/// and the path is decoded.
/// </remarks>
internal static class UrlParser
{
    /// <summary>Parses <paramref name="raw"/>; on failure returns null and Go's message (<c>parse "x": ...</c>).</summary>
    public static ParsedUrl? Parse(string raw, out string? error)
    {
        var hash = raw.IndexOf('#');
        var beforeFragment = hash < 0 ? raw : raw[..hash];
        var url = ParseReference(beforeFragment, out var reason);
        if (url is null)
        {
            error = $"parse {UrlEncoding.GoQuote(beforeFragment)}: {reason}";
            return null;
        }
        error = null;
        if (hash < 0) return url;

        var rawFragment = raw[(hash + 1)..];
        if (rawFragment.Length == 0) return url;
        var fragment = UrlEncoding.Unescape(rawFragment, UrlPart.Fragment, out reason);
        if (fragment is null)
        {
            error = $"parse {UrlEncoding.GoQuote(raw)}: {reason}";
            return null;
        }
        // Keep the written form only when the default encoding would not reproduce it.
        var rawKept = UrlEncoding.Escape(fragment, UrlPart.Fragment) == rawFragment ? "" : rawFragment;
        return url with { Fragment = fragment, RawFragment = rawKept };
    }

    private static ParsedUrl? ParseReference(string raw, out string? error)
    {
        error = null;
        foreach (var c in raw)
        {
            if (c < 0x20 || c == 0x7f)
            {
                error = "net/url: invalid control character in URL";
                return null;
            }
        }
        if (raw == "*") return new ParsedUrl { Path = "*" };

        if (!TrySplitScheme(raw, out var scheme, out var rest))
        {
            error = "missing protocol scheme";
            return null;
        }
        scheme = scheme.ToLowerInvariant();

        var forceQuery = false;
        var rawQuery = "";
        var question = rest.IndexOf('?');
        if (question >= 0 && question == rest.Length - 1)
        {
            forceQuery = true;
            rest = rest[..^1];
        }
        else if (question >= 0)
        {
            rawQuery = rest[(question + 1)..];
            rest = rest[..question];
        }

        if (!rest.StartsWith('/'))
        {
            // A rootless rest after a scheme is opaque (mailto:x@y, urn:isbn:...).
            if (scheme.Length > 0) return new ParsedUrl { Scheme = scheme, Opaque = rest, ForceQuery = forceQuery, RawQuery = rawQuery };
            // Without a scheme, a colon in the first segment would look like a malformed scheme.
            var slash = rest.IndexOf('/');
            if ((slash < 0 ? rest : rest[..slash]).Contains(':'))
            {
                error = "first path segment in URL cannot contain colon";
                return null;
            }
        }

        var url = new ParsedUrl { Scheme = scheme, ForceQuery = forceQuery, RawQuery = rawQuery };
        if ((scheme.Length > 0 || !rest.StartsWith("///", StringComparison.Ordinal)) && rest.StartsWith("//", StringComparison.Ordinal))
        {
            var authority = rest[2..];
            rest = "";
            var slash = authority.IndexOf('/');
            if (slash >= 0)
            {
                rest = authority[slash..];
                authority = authority[..slash];
            }
            url = ParseAuthority(authority, url, out error);
            if (url is null) return null;
        }
        else if (scheme.Length > 0 && rest.StartsWith('/'))
        {
            url = url with { OmitHost = true };
        }

        var path = UrlEncoding.Unescape(rest, UrlPart.Path, out error);
        if (path is null) return null;
        var rawPath = UrlEncoding.Escape(path, UrlPart.Path) == rest ? "" : rest;
        return url with { Path = path, RawPath = rawPath };
    }

    /// <summary>Go's <c>getScheme</c>: false only for a leading colon ("missing protocol scheme").</summary>
    private static bool TrySplitScheme(string raw, out string scheme, out string rest)
    {
        scheme = "";
        rest = raw;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (char.IsAsciiLetter(c)) continue;
            if (char.IsAsciiDigit(c) || c is '+' or '-' or '.')
            {
                if (i == 0) return true;
                continue;
            }
            if (c == ':')
            {
                if (i == 0) return false;
                scheme = raw[..i];
                rest = raw[(i + 1)..];
            }
            return true;
        }
        return true;
    }

    private static ParsedUrl? ParseAuthority(string authority, ParsedUrl url, out string? error)
    {
        var at = authority.LastIndexOf('@');
        var host = ParseHost(at < 0 ? authority : authority[(at + 1)..], out error);
        if (host is null) return null;
        url = url with { Host = host };
        if (at < 0) return url;

        var userInfo = authority[..at];
        if (!IsValidUserInfo(userInfo))
        {
            error = "net/url: invalid userinfo";
            return null;
        }
        var colon = userInfo.IndexOf(':');
        var username = UrlEncoding.Unescape(colon < 0 ? userInfo : userInfo[..colon], UrlPart.UserPassword, out error);
        if (username is null) return null;
        string? password = null;
        if (colon >= 0)
        {
            password = UrlEncoding.Unescape(userInfo[(colon + 1)..], UrlPart.UserPassword, out error);
            if (password is null) return null;
        }
        return url with { HasUser = true, Username = username, Password = password };
    }

    private static string? ParseHost(string host, out string? error)
    {
        error = null;
        if (host.StartsWith('['))
        {
            var close = host.LastIndexOf(']');
            if (close < 0)
            {
                error = "missing ']' in host";
                return null;
            }
            var colonPort = host[(close + 1)..];
            if (!IsValidOptionalPort(colonPort))
            {
                error = $"invalid port {UrlEncoding.GoQuote(colonPort)} after host";
                return null;
            }
            var zone = host.IndexOf("%25", 0, close, StringComparison.Ordinal);
            var literal = host[1..(zone < 0 ? close : zone)];
            if (!IsIPv6Literal(literal))
            {
                error = $"invalid IP-literal {UrlEncoding.GoQuote(host[..(close + 1)])} in host";
                return null;
            }
            if (zone >= 0)
            {
                // The zone (after %25) has its own escaping rules; the parts around it are host text.
                var address = UrlEncoding.Unescape(host[..zone], UrlPart.Host, out error);
                var zoneText = address is null ? null : UrlEncoding.Unescape(host[zone..close], UrlPart.Zone, out error);
                var tail = zoneText is null ? null : UrlEncoding.Unescape(host[close..], UrlPart.Host, out error);
                return tail is null ? null : address + zoneText + tail;
            }
        }
        else
        {
            // An IP literal is only allowed as the whole host, never after other characters.
            if (host.IndexOfAny(['[', ']']) >= 0)
            {
                error = $"invalid character {UrlEncoding.GoQuote(host[host.IndexOfAny(['[', ']'])].ToString())} in host name";
                return null;
            }
            var colon = host.LastIndexOf(':');
            if (colon >= 0 && !IsValidOptionalPort(host[colon..]))
            {
                error = $"invalid port {UrlEncoding.GoQuote(host[colon..])} after host";
                return null;
            }
        }
        return UrlEncoding.Unescape(host, UrlPart.Host, out error);
    }

    private static bool IsIPv6Literal(string text)
    {
        var status = IpAddress.Parse(text, out var address);
        return (status == NetParseStatus.Success && address.IsIPv6) || status == NetParseStatus.Ipv4MappedNotAllowed;
    }

    /// <summary>Empty, or a colon followed by digits only (possibly none).</summary>
    private static bool IsValidOptionalPort(string colonPort)
    {
        if (colonPort.Length == 0) return true;
        if (colonPort[0] != ':') return false;
        for (var i = 1; i < colonPort.Length; i++)
            if (!char.IsAsciiDigit(colonPort[i])) return false;
        return true;
    }

    /// <summary>RFC 3986 user information characters plus <c>%</c> and <c>@</c> (Go accepts those and checks escapes later).</summary>
    private static bool IsValidUserInfo(string text)
    {
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c)) continue;
            if (c is '-' or '.' or '_' or ':' or '~' or '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=' or '%' or '@') continue;
            return false;
        }
        return true;
    }
}
