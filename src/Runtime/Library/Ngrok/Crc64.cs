namespace Policy.Runtime.Library.Ngrok;

/// <summary>
/// CRC-64 with the ISO 3309 polynomial x^64 + x^4 + x^3 + x + 1 (0x1B), as Go's
/// <c>crc64.MakeTable(crc64.ISO)</c> computes it (CRC-64/GO-ISO: reflected, so the table
/// polynomial is 0xD800000000000000; initial value and final XOR all ones). Check value for
/// <c>"123456789"</c>: <c>0xB90956C775A41001</c>.
/// </summary>
public static class Crc64
{
    private const ulong ReflectedPolynomial = 0xD800000000000000;

    private static readonly ulong[] Table = BuildTable();

    /// <summary>The checksum of <paramref name="data"/>.</summary>
    public static ulong Compute(ReadOnlySpan<byte> data)
    {
        var crc = ulong.MaxValue;
        foreach (var b in data) crc = Table[(byte)crc ^ b] ^ (crc >> 8);
        return ~crc;
    }

    private static ulong[] BuildTable()
    {
        var table = new ulong[256];
        for (ulong i = 0; i < 256; i++)
        {
            var c = i;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? (c >> 1) ^ ReflectedPolynomial : c >> 1;
            table[i] = c;
        }
        return table;
    }
}
