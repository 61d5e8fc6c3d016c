namespace Policy.Runtime.Library.Ngrok;

/// <summary>
/// CRC-32 with the IEEE 802.3 polynomial (CRC-32/ISO-HDLC: reflected polynomial 0xEDB88320,
/// initial value and final XOR all ones), the checksum of zlib, PNG and Go's
/// <c>crc32.ChecksumIEEE</c>. Check value for <c>"123456789"</c>: <c>0xCBF43926</c>.
/// </summary>
public static class Crc32
{
    private const uint ReflectedPolynomial = 0xEDB88320;

    private static readonly uint[] Table = BuildTable();

    /// <summary>The checksum of <paramref name="data"/>.</summary>
    public static uint Compute(ReadOnlySpan<byte> data)
    {
        var crc = uint.MaxValue;
        foreach (var b in data) crc = Table[(byte)crc ^ b] ^ (crc >> 8);
        return ~crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            var c = i;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? (c >> 1) ^ ReflectedPolynomial : c >> 1;
            table[i] = c;
        }
        return table;
    }
}
