using Policy.Runtime.Functions;
using Policy.Runtime.Types;
using Policy.Runtime.Values;
using F = Policy.Runtime.Library.Ngrok.NgrokFunctions;

namespace Policy.Runtime.Library.Ngrok;

public sealed partial class NgrokLibrary
{
    /// <summary>
    /// <c>hash.&lt;alg&gt;(s[, format])</c> and <c>s.&lt;alg&gt;([format])</c> for each algorithm:
    /// the digest of the string's UTF-8 bytes in <c>hex</c> (default, lower case) or <c>base64</c>.
    /// </summary>
    private static IEnumerable<FunctionDecl> HashDeclarations()
    {
        yield return Hash("crc32", "CRC-32 (IEEE polynomial), 4 bytes big-endian", F.Crc32Hash, F.Crc32Hash);
        yield return Hash("crc64", "CRC-64 (ISO polynomial, as Go's crc64.ISO), 8 bytes big-endian", F.Crc64Hash, F.Crc64Hash);
        yield return Hash("md5", "MD5", F.Md5Hash, F.Md5Hash);
        yield return Hash("sha1", "SHA-1", F.Sha1Hash, F.Sha1Hash);
        yield return Hash("sha256", "SHA-256", F.Sha256Hash, F.Sha256Hash);
        yield return Hash("sha512", "SHA-512", F.Sha512Hash, F.Sha512Hash);
        yield return Hash("xxhash64", "XXH64 with seed 0, 8 bytes big-endian", F.XxHash64Hash, F.XxHash64Hash);
        yield return Method("crc32", "CRC-32 (IEEE)", F.Crc32Hash, F.Crc32Hash);
        yield return Method("crc64", "CRC-64 (ISO)", F.Crc64Hash, F.Crc64Hash);
        yield return Method("md5", "MD5", F.Md5Hash, F.Md5Hash);
        yield return Method("sha1", "SHA-1", F.Sha1Hash, F.Sha1Hash);
        yield return Method("sha256", "SHA-256", F.Sha256Hash, F.Sha256Hash);
        yield return Method("sha512", "SHA-512", F.Sha512Hash, F.Sha512Hash);
        yield return Method("xxhash64", "XXH64 (seed 0)", F.XxHash64Hash, F.XxHash64Hash);
    }

    private static FunctionDecl Hash(string algorithm, string what, Func<string, string> hex, Func<string, string, CelValue> formatted) =>
        new($"hash.{algorithm}", $"The {what} digest of a string's UTF-8 bytes, as hex (default) or in the given format ('hex' or 'base64').",
            Overload.Global($"hash_{algorithm}_string", CelType.String, CelType.String, hex),
            Overload.Global($"hash_{algorithm}_string_string", CelType.String, CelType.String, CelType.String, formatted));

    private static FunctionDecl Method(string algorithm, string what, Func<string, string> hex, Func<string, string, CelValue> formatted) =>
        new(algorithm, $"The {what} digest of the string's UTF-8 bytes, as hex (default) or in the given format ('hex' or 'base64').",
            Overload.Member($"string_{algorithm}", CelType.String, CelType.String, hex),
            Overload.Member($"string_{algorithm}_string", CelType.String, CelType.String, CelType.String, formatted));
}
