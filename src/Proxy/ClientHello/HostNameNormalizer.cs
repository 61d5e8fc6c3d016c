using System.Diagnostics.CodeAnalysis;
using System.Net;

namespace Policy.Proxy.ClientHello;

/// <summary>
/// Validates and normalises a server name the way routing, policy and certificate selection all
/// need it: ASCII lower case, one trailing dot removed, at most 253 characters, labels of 1 to 63
/// characters from [a-z0-9-] that neither start nor end with '-', and no IP literals (RFC 6066 §3).
/// </summary>
/// <remarks>
/// Underscores are refused. They are not legal in host names (RFC 952/1123), publicly trusted
/// certificates may not contain them, and an endpoint whose name has one could not be configured,
/// so accepting them would only widen the alphabet every later matcher and log line must handle.
/// </remarks>
public static class HostNameNormalizer
{
    /// <summary>Longest host name without its trailing dot (RFC 1035 wire limit of 255 minus length bytes).</summary>
    public const int MaxNameLength = 253;

    /// <summary>Longest label.</summary>
    public const int MaxLabelLength = 63;

    /// <summary>Normalises a host name given as raw bytes (as found in the SNI extension).</summary>
    /// <param name="raw">The host_name bytes.</param>
    /// <param name="name">The normalised name on success.</param>
    /// <param name="reason">A <see cref="ClientHelloReasons"/> value on failure.</param>
    /// <returns>True when the name is a valid DNS host name.</returns>
    public static bool TryNormalize(ReadOnlySpan<byte> raw, [NotNullWhen(true)] out string? name, [NotNullWhen(false)] out string? reason)
    {
        name = null;
        if (raw.Length > 0 && raw[^1] == (byte)'.')
        {
            raw = raw[..^1];
        }

        reason = Check(raw);
        if (reason is not null)
        {
            return false;
        }

        Span<char> chars = stackalloc char[raw.Length];
        for (var i = 0; i < raw.Length; i++)
        {
            chars[i] = char.ToLowerInvariant((char)raw[i]);
        }

        name = new string(chars);
        return true;
    }

    /// <summary>Normalises a host name given as text (for example a configured endpoint name).</summary>
    /// <param name="text">The host name.</param>
    /// <param name="name">The normalised name on success.</param>
    /// <param name="reason">A <see cref="ClientHelloReasons"/> value on failure.</param>
    /// <returns>True when the name is a valid DNS host name.</returns>
    public static bool TryNormalize(string text, [NotNullWhen(true)] out string? name, [NotNullWhen(false)] out string? reason)
    {
        ArgumentNullException.ThrowIfNull(text);
        name = null;
        if (text.Length > MaxNameLength + 1)
        {
            reason = ClientHelloReasons.NameTooLong;
            return false;
        }

        Span<byte> bytes = stackalloc byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] > 0x7F)
            {
                reason = ClientHelloReasons.NonAscii;
                return false;
            }

            bytes[i] = (byte)text[i];
        }

        return TryNormalize(bytes, out name, out reason);
    }

    private static string? Check(ReadOnlySpan<byte> name)
    {
        if (name.IsEmpty)
        {
            return ClientHelloReasons.EmptyName;
        }

        foreach (var b in name)
        {
            if (b > 0x7F)
            {
                return ClientHelloReasons.NonAscii;
            }
        }

        if (name.Length > MaxNameLength)
        {
            return ClientHelloReasons.NameTooLong;
        }

        if (IsIpLiteral(name))
        {
            return ClientHelloReasons.IpLiteral;
        }

        return CheckLabels(name);
    }

    private static string? CheckLabels(ReadOnlySpan<byte> name)
    {
        var rest = name;
        while (true)
        {
            var dot = rest.IndexOf((byte)'.');
            var label = dot < 0 ? rest : rest[..dot];
            if (label.IsEmpty)
            {
                return ClientHelloReasons.EmptyLabel;
            }

            foreach (var b in label)
            {
                if (!char.IsAsciiLetterOrDigit((char)b) && b != (byte)'-')
                {
                    return ClientHelloReasons.InvalidCharacter;
                }
            }

            if (label.Length > MaxLabelLength)
            {
                return ClientHelloReasons.LabelTooLong;
            }

            if (label[0] == (byte)'-' || label[^1] == (byte)'-')
            {
                return ClientHelloReasons.BadHyphen;
            }

            if (dot < 0)
            {
                return null;
            }

            rest = rest[(dot + 1)..];
        }
    }

    // IPv6 (with or without brackets), anything the platform parses as IPv4 (including the short
    // and hex forms inet_aton accepts), and names whose last label is all digits: no top-level
    // domain is numeric, so such a name can only be meant as an address.
    private static bool IsIpLiteral(ReadOnlySpan<byte> name)
    {
        Span<char> chars = stackalloc char[name.Length];
        for (var i = 0; i < name.Length; i++)
        {
            chars[i] = (char)name[i];
        }

        ReadOnlySpan<char> text = chars;
        if (text.Length > 2 && text[0] == '[' && text[^1] == ']')
        {
            text = text[1..^1];
        }

        if (IPAddress.TryParse(text, out _))
        {
            return true;
        }

        var lastDot = name.LastIndexOf((byte)'.');
        var last = name[(lastDot + 1)..];
        if (last.IsEmpty)
        {
            return false;
        }

        foreach (var b in last)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
        }

        return true;
    }
}
