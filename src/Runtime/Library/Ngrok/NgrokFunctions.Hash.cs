using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Policy.Runtime.Values;

namespace Policy.Runtime.Library.Ngrok;

public static partial class NgrokFunctions
{
    /// <summary>
    /// <c>hash.crc32(s)</c>, <c>s.crc32()</c>: CRC-32/IEEE of the UTF-8 bytes of <paramref name="text"/>,
    /// as 8 hex digits of the big-endian checksum (Go's <c>Sum</c> order).
    /// </summary>
    public static string Crc32Hash(string text) => Convert.ToHexStringLower(Crc32Bytes(text));

    /// <summary><c>hash.crc32(s, format)</c>, <c>s.crc32(format)</c>: as above, in <c>hex</c> or <c>base64</c>.</summary>
    public static CelValue Crc32Hash(string text, string format) => FormatError(format, "crc32") ?? Render(Crc32Bytes(text), format);

    /// <summary><c>hash.crc64(s)</c>, <c>s.crc64()</c>: CRC-64/ISO (Go's <c>crc64.ISO</c>) as 16 hex digits, big-endian.</summary>
    public static string Crc64Hash(string text) => Convert.ToHexStringLower(Crc64Bytes(text));

    /// <summary><c>hash.crc64(s, format)</c>, <c>s.crc64(format)</c>: as above, in <c>hex</c> or <c>base64</c>.</summary>
    public static CelValue Crc64Hash(string text, string format) => FormatError(format, "crc64") ?? Render(Crc64Bytes(text), format);

    /// <summary><c>hash.md5(s)</c>, <c>s.md5()</c>: MD5 of the UTF-8 bytes, in hex.</summary>
    public static string Md5Hash(string text) => Convert.ToHexStringLower(MD5.HashData(Utf8(text)));

    /// <summary><c>hash.md5(s, format)</c>, <c>s.md5(format)</c>: MD5 in <c>hex</c> or <c>base64</c>.</summary>
    public static CelValue Md5Hash(string text, string format) => FormatError(format, "md5") ?? Render(MD5.HashData(Utf8(text)), format);

    /// <summary><c>hash.sha1(s)</c>, <c>s.sha1()</c>: SHA-1 of the UTF-8 bytes, in hex.</summary>
    public static string Sha1Hash(string text) => Convert.ToHexStringLower(SHA1.HashData(Utf8(text)));

    /// <summary><c>hash.sha1(s, format)</c>, <c>s.sha1(format)</c>: SHA-1 in <c>hex</c> or <c>base64</c>.</summary>
    public static CelValue Sha1Hash(string text, string format) => FormatError(format, "sha1") ?? Render(SHA1.HashData(Utf8(text)), format);

    /// <summary><c>hash.sha256(s)</c>, <c>s.sha256()</c>: SHA-256 of the UTF-8 bytes, in hex.</summary>
    public static string Sha256Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Utf8(text)));

    /// <summary><c>hash.sha256(s, format)</c>, <c>s.sha256(format)</c>: SHA-256 in <c>hex</c> or <c>base64</c>.</summary>
    public static CelValue Sha256Hash(string text, string format) => FormatError(format, "sha256") ?? Render(SHA256.HashData(Utf8(text)), format);

    /// <summary><c>hash.sha512(s)</c>, <c>s.sha512()</c>: SHA-512 of the UTF-8 bytes, in hex.</summary>
    public static string Sha512Hash(string text) => Convert.ToHexStringLower(SHA512.HashData(Utf8(text)));

    /// <summary><c>hash.sha512(s, format)</c>, <c>s.sha512(format)</c>: SHA-512 in <c>hex</c> or <c>base64</c>.</summary>
    public static CelValue Sha512Hash(string text, string format) => FormatError(format, "sha512") ?? Render(SHA512.HashData(Utf8(text)), format);

    /// <summary><c>hash.xxhash64(s)</c>, <c>s.xxhash64()</c>: XXH64 with seed 0 as 16 hex digits, big-endian.</summary>
    public static string XxHash64Hash(string text) => Convert.ToHexStringLower(XxHash64Bytes(text));

    /// <summary><c>hash.xxhash64(s, format)</c>, <c>s.xxhash64(format)</c>: as above, in <c>hex</c> or <c>base64</c>.</summary>
    public static CelValue XxHash64Hash(string text, string format) => FormatError(format, "xxhash64") ?? Render(XxHash64Bytes(text), format);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Crc32Bytes(string text)
    {
        var sum = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(sum, Crc32.Compute(Utf8(text)));
        return sum;
    }

    private static byte[] Crc64Bytes(string text)
    {
        var sum = new byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(sum, Crc64.Compute(Utf8(text)));
        return sum;
    }

    private static byte[] XxHash64Bytes(string text)
    {
        var sum = new byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(sum, XxHash64.Compute(Utf8(text)));
        return sum;
    }

    /// <summary>Null when <paramref name="format"/> is one ngrok documents, otherwise the error (checked before hashing).</summary>
    private static CelValue? FormatError(string format, string algorithm) =>
        format is "hex" or "base64"
            ? null
            : CelError.Of($"hash.{algorithm}: unsupported format '{format}', expected 'hex' or 'base64'");

    private static CelString Render(byte[] digest, string format) =>
        CelString.Of(format == "hex" ? Convert.ToHexStringLower(digest) : Convert.ToBase64String(digest));
}
