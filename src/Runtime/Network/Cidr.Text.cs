namespace Policy.Runtime.Network;

// Parsing and formatting. A CIDR is an address (IpAddress rules: no zone, no IPv4-mapped IPv6),
// a '/' and a decimal prefix length without sign or leading zeros ("/0" is fine, "/08" is not),
// at most 32 for IPv4 and 128 for IPv6. Short IPv6 forms such as "::/0" are ordinary addresses.
public readonly partial struct Cidr : ISpanFormattable
{
    /// <summary>The longest text <see cref="TryFormat(Span{char}, out int)"/> can write.</summary>
    public const int MaxTextLength = IpAddress.MaxTextLength + 4;

    /// <summary>Parses a range and tells why it failed. Never throws and never allocates.</summary>
    public static NetParseStatus Parse(ReadOnlySpan<char> text, out Cidr cidr)
    {
        cidr = default;
        var slash = text.LastIndexOf('/');
        if (slash < 0)
        {
            // A bare address gets its own status so that policies can say "add a mask".
            var bare = IpAddress.Parse(text, out _);
            return bare == NetParseStatus.Success ? NetParseStatus.MissingPrefixLength : bare;
        }

        var status = IpAddress.Parse(text[..slash], out var address);
        if (status != NetParseStatus.Success) return status;

        var digits = text[(slash + 1)..];
        if (digits.IsEmpty || (digits.Length > 1 && digits[0] == '0') || digits.ContainsAnyExceptInRange('0', '9'))
            return NetParseStatus.InvalidPrefixLength;
        var length = 0;
        foreach (var c in digits)
        {
            length = length * 10 + (c - '0');
            if (length > address.BitLength) return NetParseStatus.PrefixLengthOutOfRange;
        }

        cidr = new(address, length);
        return NetParseStatus.Success;
    }

    /// <summary>Parses a range.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Cidr cidr) => Parse(text, out cidr) == NetParseStatus.Success;

    /// <summary>The canonical text: the address as written, canonically, then <c>/length</c>.</summary>
    public override string ToString()
    {
        Span<char> buffer = stackalloc char[MaxTextLength];
        TryFormat(buffer, out var n);
        return new string(buffer[..n]);
    }

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <inheritdoc/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TryFormat(destination, out charsWritten);

    /// <summary>Writes the canonical text without allocating.</summary>
    public bool TryFormat(Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        if (!_address.TryFormat(destination, out var n) || n >= destination.Length) return false;
        destination[n++] = '/';
        if (!_prefixLength.TryFormat(destination[n..], out var w, default, System.Globalization.CultureInfo.InvariantCulture)) return false;
        charsWritten = n + w;
        return true;
    }
}
