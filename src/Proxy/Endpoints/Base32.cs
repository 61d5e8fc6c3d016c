namespace Policy.Proxy.Endpoints;

/// <summary>Lower-case base32 (RFC 4648 alphabet, no padding), for ids that are safe in URLs and file names.</summary>
public static class Base32
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    /// <summary>Encodes bytes.</summary>
    public static string Encode(ReadOnlySpan<byte> data)
    {
        var chars = new char[(data.Length * 8 + 4) / 5];
        var bits = 0;
        var value = 0;
        var n = 0;
        foreach (var b in data)
        {
            value = (value << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                chars[n++] = Alphabet[(value >> (bits - 5)) & 31];
                bits -= 5;
            }
        }
        if (bits > 0) chars[n++] = Alphabet[(value << (5 - bits)) & 31];
        return new string(chars, 0, n);
    }
}
