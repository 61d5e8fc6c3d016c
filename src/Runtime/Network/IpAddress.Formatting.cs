namespace Policy.Runtime.Network;

// Canonical text: dotted decimal for IPv4; RFC 5952 for IPv6 (lower case, no leading zeros,
// the longest run of two or more zero groups shortened to "::", the first such run on a tie),
// except that an IPv4-mapped address keeps its dotted tail ("::ffff:1.2.3.4").
public readonly partial struct IpAddress : ISpanFormattable
{
    /// <summary>The longest text <see cref="TryFormat(Span{char}, out int)"/> can write.</summary>
    public const int MaxTextLength = 39;

    /// <summary>The canonical text of the address.</summary>
    public override string ToString() => string.Create(TextLength(), this, static (span, a) => a.TryFormat(span, out _));

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <inheritdoc/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TryFormat(destination, out charsWritten);

    /// <summary>Writes the canonical text without allocating.</summary>
    public bool TryFormat(Span<char> destination, out int charsWritten)
    {
        Span<char> buffer = stackalloc char[MaxTextLength];
        var n = _isIPv6 ? FormatIPv6(buffer) : FormatIPv4(buffer, IPv4Value);
        charsWritten = 0;
        if (!buffer[..n].TryCopyTo(destination)) return false;
        charsWritten = n;
        return true;
    }

    private int TextLength()
    {
        Span<char> buffer = stackalloc char[MaxTextLength];
        return _isIPv6 ? FormatIPv6(buffer) : FormatIPv4(buffer, IPv4Value);
    }

    private static int FormatIPv4(Span<char> dest, uint v)
    {
        var n = 0;
        for (var shift = 24; shift >= 0; shift -= 8)
        {
            if (shift != 24) dest[n++] = '.';
            ((byte)(v >> shift)).TryFormat(dest[n..], out var w, default, System.Globalization.CultureInfo.InvariantCulture);
            n += w;
        }
        return n;
    }

    private int FormatIPv6(Span<char> dest)
    {
        if (IsIPv4Mapped)
        {
            "::ffff:".CopyTo(dest);
            return 7 + FormatIPv4(dest[7..], IPv4Value);
        }

        Span<ushort> groups = stackalloc ushort[8];
        for (var g = 0; g < 8; g++) groups[g] = (ushort)(_value >> (16 * (7 - g)));

        // The longest run of at least two zero groups, the first one when runs tie.
        int bestStart = -1, bestLength = 1;
        for (var g = 0; g < 8;)
        {
            if (groups[g] != 0) { g++; continue; }
            var start = g;
            while (g < 8 && groups[g] == 0) g++;
            if (g - start > bestLength) (bestStart, bestLength) = (start, g - start);
        }

        var n = 0;
        for (var g = 0; g < 8; g++)
        {
            if (g == bestStart)
            {
                dest[n++] = ':';
                dest[n++] = ':';
                g += bestLength - 1;
                continue;
            }
            if (n > 0 && dest[n - 1] != ':') dest[n++] = ':';
            groups[g].TryFormat(dest[n..], out var w, "x", System.Globalization.CultureInfo.InvariantCulture);
            n += w;
        }
        return n;
    }
}
