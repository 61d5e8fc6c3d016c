namespace Policy.Runtime.Network;

// Parsing. The accepted syntax is that of the CEL network extension (Go's netip.ParseAddr plus
// the extension's own checks):
//   IPv4: exactly four decimal fields 0-255, no leading zeros ("01" is rejected), no empty field.
//   IPv6: one to four hex digits per group (either case), at most one "::" standing for at least
//         one zero group, an optional dotted IPv4 tail in place of the last two groups.
//   Zones ("fe80::1%eth0") are rejected; so are IPv4-mapped addresses unless asked for.
// Nothing else is accepted: no surrounding spaces, brackets, ports or shorthand IPv4 ("10.1").
public readonly partial struct IpAddress
{
    /// <summary>
    /// Parses an address with the CEL network extension's rules and tells why it failed.
    /// Never throws and never allocates.
    /// </summary>
    public static NetParseStatus Parse(ReadOnlySpan<char> text, out IpAddress address, IpParseOptions options = IpParseOptions.None)
    {
        address = default;
        // Like netip, the first separator decides the family; a '%' first means a zone without an address.
        var sep = text.IndexOfAny('.', ':', '%');
        if (sep < 0 || text[sep] == '%') return NetParseStatus.Malformed;
        if (text[sep] == '.')
        {
            if (!TryParseIPv4(text, out var v4)) return NetParseStatus.Malformed;
            address = FromIPv4(v4);
            return NetParseStatus.Success;
        }

        var zone = text.IndexOf('%');
        var body = zone < 0 ? text : text[..zone];
        if (zone >= 0 && zone == text.Length - 1) return NetParseStatus.Malformed;
        if (!TryParseIPv6(body, out var v6)) return NetParseStatus.Malformed;
        if (zone >= 0) return NetParseStatus.ZoneNotAllowed;

        address = FromIPv6(v6);
        if (address.IsIPv4Mapped)
        {
            if ((options & IpParseOptions.UnmapIpv4Mapped) == 0)
            {
                address = default;
                return NetParseStatus.Ipv4MappedNotAllowed;
            }
            address = address.Unmap();
        }
        return NetParseStatus.Success;
    }

    /// <summary>Parses an address with the CEL network extension's rules.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out IpAddress address) =>
        Parse(text, out address) == NetParseStatus.Success;

    /// <summary>
    /// True when <paramref name="text"/> is a valid address written exactly in its canonical
    /// form (<see cref="ToString"/>: RFC 5952 for IPv6, dotted decimal for IPv4). False for
    /// text that does not parse.
    /// </summary>
    public static bool IsCanonical(ReadOnlySpan<char> text)
    {
        if (!TryParse(text, out var address)) return false;
        Span<char> buffer = stackalloc char[MaxTextLength];
        return address.TryFormat(buffer, out var written) && buffer[..written].SequenceEqual(text);
    }

    private static bool TryParseIPv4(ReadOnlySpan<char> s, out uint value)
    {
        value = 0;
        var fields = 0;
        var i = 0;
        while (true)
        {
            var start = i;
            var field = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                // Only "0" itself may start with a zero: "01" would read as octal elsewhere.
                if (i > start && s[start] == '0') return false;
                field = field * 10 + (s[i] - '0');
                if (field > 255) return false;
                i++;
            }
            if (i == start) return false;
            value = (value << 8) | (uint)field;
            fields++;
            if (i == s.Length) return fields == 4;
            if (s[i] != '.' || fields == 4) return false;
            i++;
        }
    }

    private static bool TryParseIPv6(ReadOnlySpan<char> s, out UInt128 value)
    {
        value = UInt128.Zero;
        Span<ushort> groups = stackalloc ushort[8];
        var count = 0;
        var gap = -1; // index in groups where "::" stands
        var i = 0;
        if (s.StartsWith("::"))
        {
            gap = 0;
            i = 2;
            if (i == s.Length) return true;
        }

        while (true)
        {
            if (count == 8) return false;
            var start = i;
            var group = 0;
            while (i < s.Length && char.IsAsciiHexDigit(s[i]))
            {
                if (i - start == 4) return false;
                group = (group << 4) | HexValue(s[i]);
                i++;
            }
            if (i == start) return false;

            if (i < s.Length && s[i] == '.')
            {
                // A dotted IPv4 tail takes the last two groups and ends the address.
                if ((gap < 0 && count != 6) || count > 6) return false;
                if (!TryParseIPv4(s[start..], out var tail)) return false;
                groups[count++] = (ushort)(tail >> 16);
                groups[count++] = (ushort)tail;
                break;
            }

            groups[count++] = (ushort)group;
            if (i == s.Length) break;
            if (s[i] != ':' || i + 1 == s.Length) return false;
            i++;
            if (s[i] == ':')
            {
                if (gap >= 0) return false;
                gap = count;
                i++;
                if (i == s.Length) break;
            }
        }

        if (gap < 0 && count != 8) return false;
        // "::" must stand for at least one zero group.
        if (gap >= 0 && count == 8) return false;

        var missing = 8 - count;
        for (var g = 0; g < count; g++)
        {
            var slot = gap >= 0 && g >= gap ? g + missing : g;
            value |= (UInt128)groups[g] << (16 * (7 - slot));
        }
        return true;
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
