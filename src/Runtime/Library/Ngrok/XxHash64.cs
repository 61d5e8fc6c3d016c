using System.Buffers.Binary;
using System.Numerics;

namespace Policy.Runtime.Library.Ngrok;

/// <summary>
/// XXH64, the 64-bit variant of xxHash (format as specified in the xxHash repository's
/// <c>doc/xxhash_spec.md</c>): four 64-bit lanes over 32-byte stripes, then 8-, 4- and 1-byte
/// tails and an avalanche. <c>XXH64("", 0)</c> is <c>0xEF46DB3751D8E999</c>.
/// </summary>
public static class XxHash64
{
    private const ulong Prime1 = 0x9E3779B185EBCA87;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4F;
    private const ulong Prime3 = 0x165667B19E3779F9;
    private const ulong Prime4 = 0x85EBCA77C2B2AE63;
    private const ulong Prime5 = 0x27D4EB2F165667C5;

    /// <summary>The hash of <paramref name="data"/> with <paramref name="seed"/> (ngrok uses seed 0).</summary>
    public static ulong Compute(ReadOnlySpan<byte> data, ulong seed = 0)
    {
        var length = (ulong)data.Length;
        ulong acc;
        var p = 0;
        if (data.Length >= 32)
        {
            var v1 = seed + Prime1 + Prime2;
            var v2 = seed + Prime2;
            var v3 = seed;
            var v4 = seed - Prime1;
            for (; p + 32 <= data.Length; p += 32)
            {
                v1 = Round(v1, BinaryPrimitives.ReadUInt64LittleEndian(data[p..]));
                v2 = Round(v2, BinaryPrimitives.ReadUInt64LittleEndian(data[(p + 8)..]));
                v3 = Round(v3, BinaryPrimitives.ReadUInt64LittleEndian(data[(p + 16)..]));
                v4 = Round(v4, BinaryPrimitives.ReadUInt64LittleEndian(data[(p + 24)..]));
            }
            acc = BitOperations.RotateLeft(v1, 1) + BitOperations.RotateLeft(v2, 7)
                + BitOperations.RotateLeft(v3, 12) + BitOperations.RotateLeft(v4, 18);
            acc = MergeLane(acc, v1);
            acc = MergeLane(acc, v2);
            acc = MergeLane(acc, v3);
            acc = MergeLane(acc, v4);
        }
        else
        {
            acc = seed + Prime5;
        }

        acc += length;
        for (; p + 8 <= data.Length; p += 8)
            acc = BitOperations.RotateLeft(acc ^ Round(0, BinaryPrimitives.ReadUInt64LittleEndian(data[p..])), 27) * Prime1 + Prime4;
        if (p + 4 <= data.Length)
        {
            acc = BitOperations.RotateLeft(acc ^ (BinaryPrimitives.ReadUInt32LittleEndian(data[p..]) * Prime1), 23) * Prime2 + Prime3;
            p += 4;
        }
        for (; p < data.Length; p++)
            acc = BitOperations.RotateLeft(acc ^ (data[p] * Prime5), 11) * Prime1;

        acc ^= acc >> 33;
        acc *= Prime2;
        acc ^= acc >> 29;
        acc *= Prime3;
        acc ^= acc >> 32;
        return acc;
    }

    private static ulong Round(ulong acc, ulong lane) => BitOperations.RotateLeft(acc + lane * Prime2, 31) * Prime1;

    private static ulong MergeLane(ulong acc, ulong lane) => (acc ^ Round(0, lane)) * Prime1 + Prime4;
}
