using System.Text;
using Policy.Runtime.Library.Ngrok;
using static Policy.Runtime.Tests.Library.Ngrok.Cel;
using F = Policy.Runtime.Library.Ngrok.NgrokFunctions;

namespace Policy.Runtime.Tests.Library.Ngrok;

public class HashTests
{
    // Long inputs: 1,000 'a' and "0123456789" repeated 100,000 times (1 MB).
    private static string Input(string name) => name switch
    {
        "a*1000" => new string('a', 1000),
        "digits*100000" => string.Concat(Enumerable.Repeat("0123456789", 100_000)),
        _ => name,
    };

    private static readonly Dictionary<string, (Func<string, string> Hex, Func<string, string, Policy.Runtime.Values.CelValue> Formatted)> Algorithms = new()
    {
        ["crc32"] = (F.Crc32Hash, F.Crc32Hash),
        ["crc64"] = (F.Crc64Hash, F.Crc64Hash),
        ["md5"] = (F.Md5Hash, F.Md5Hash),
        ["sha1"] = (F.Sha1Hash, F.Sha1Hash),
        ["sha256"] = (F.Sha256Hash, F.Sha256Hash),
        ["sha512"] = (F.Sha512Hash, F.Sha512Hash),
        ["xxhash64"] = (F.XxHash64Hash, F.XxHash64Hash),
    };

    // The 'hello' rows are the examples on ngrok's macros page; the others come from Go's
    // crypto and hash packages (and the xxHash reference tool for xxhash64).
    [Theory]
    [InlineData("crc32", "hello", "3610a686", "NhCmhg==")]
    [InlineData("crc64", "hello", "3c3eeee2d8100000", "PD7u4tgQAAA=")]
    [InlineData("md5", "hello", "5d41402abc4b2a76b9719d911017c592", "XUFAKrxLKna5cZ2REBfFkg==")]
    [InlineData("sha1", "hello", "aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d", "qvTGHdzF6KLavt4PO0gs2a6pQ00=")]
    [InlineData("sha256", "hello", "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", "LPJNul+wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ=")]
    [InlineData("sha512", "hello", "9b71d224bd62f3785d96d46ad3ea3d73319bfbc2890caadae2dff72519673ca72323c3d99ba5c11d7c7acc6e14b8c5da0c4663475c2e5c3adef46f73bcdec043", "m3HSJL1i83hdltRq0+o9czGb+8KJDKra4t/3JRlnPKcjI8PZm6XBHXx6zG4UuMXaDEZjR1wuXDre9G9zvN7AQw==")]
    [InlineData("xxhash64", "hello", "26c7827d889f6da3", "JseCfYifbaM=")]
    [InlineData("crc32", "", "00000000", "AAAAAA==")]
    [InlineData("crc64", "", "0000000000000000", "AAAAAAAAAAA=")]
    [InlineData("md5", "", "d41d8cd98f00b204e9800998ecf8427e", "1B2M2Y8AsgTpgAmY7PhCfg==")]
    [InlineData("sha1", "", "da39a3ee5e6b4b0d3255bfef95601890afd80709", "2jmj7l5rSw0yVb/vlWAYkK/YBwk=")]
    [InlineData("sha256", "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=")]
    [InlineData("sha512", "", "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e", "z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==")]
    [InlineData("xxhash64", "", "ef46db3751d8e999", "70bbN1HY6Zk=")]
    [InlineData("crc32", "abc", "352441c2", "NSRBwg==")]
    [InlineData("crc64", "abc", "3776c42000000000", "N3bEIAAAAAA=")]
    [InlineData("md5", "abc", "900150983cd24fb0d6963f7d28e17f72", "kAFQmDzST7DWlj99KOF/cg==")]
    [InlineData("sha1", "abc", "a9993e364706816aba3e25717850c26c9cd0d89d", "qZk+NkcGgWq6PiVxeFDCbJzQ2J0=")]
    [InlineData("sha256", "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=")]
    [InlineData("sha512", "abc", "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f", "3a81oZNherrMQXNJriBBMRLm+k6JqX6iCp7u5ktV05ohkpkqJ0/BqDa6PCOj/uu9RU1EI2Q86A4qmslPpUyknw==")]
    [InlineData("xxhash64", "abc", "44bc2cf5ad770999", "RLws9a13CZk=")]
    [InlineData("crc32", "a*1000", "9a38da03", "mjjaAw==")]
    [InlineData("crc64", "a*1000", "0eafbc7eeba2f663", "Dq+8fuui9mM=")]
    [InlineData("md5", "a*1000", "cabe45dcc9ae5b66ba86600cca6b8ba8", "yr5F3MmuW2a6hmAMymuLqA==")]
    [InlineData("sha1", "a*1000", "291e9a6c66994949b57ba5e650361e98fc36b1ba", "KR6abGaZSUm1e6XmUDYemPw2sbo=")]
    [InlineData("sha256", "a*1000", "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3", "Qe3s5C1j6Nm/UVqbppMuHCDLyfWl0TRkWttdsblzfqM=")]
    [InlineData("sha512", "a*1000", "67ba5535a46e3f86dbfbed8cbbaf0125c76ed549ff8b0b9e03e0c88cf90fa634fa7b12b47d77b694de488ace8d9a65967dc96df599727d3292a8d9d447709c97", "Z7pVNaRuP4bb++2Mu68BJcdu1Un/iwueA+DIjPkPpjT6exK0fXe2lN5Iis6NmmWWfclt9ZlyfTKSqNnUR3Cclw==")]
    [InlineData("xxhash64", "a*1000", "56e43b712eda4223", "VuQ7cS7aQiM=")]
    [InlineData("crc32", "digits*100000", "30e39c7f", "MOOcfw==")]
    [InlineData("crc64", "digits*100000", "5f99f752b5437a72", "X5n3UrVDenI=")]
    [InlineData("md5", "digits*100000", "174ac9a4f023a557a68ab0417355970e", "F0rJpPAjpVemirBBc1WXDg==")]
    [InlineData("sha1", "digits*100000", "7d24706d7228d63fde8291ceb345fa0c51f38aa4", "fSRwbXIo1j/egpHOs0X6DFHziqQ=")]
    [InlineData("sha256", "digits*100000", "ec21d64624228af3ecd4bdaa8239e32ed943b01e26934cd5610fddb361426dc6", "7CHWRiQiivPs1L2qgjnjLtlDsB4mk0zVYQ/ds2FCbcY=")]
    [InlineData("sha512", "digits*100000", "74b62c72120f1d381c458d95120d3dd2beba53946033cf1809231246e9019c3f01f746e055b672991c11c6ac36ea80e06cfac398ed2f7ee8129d91ced4a5f3e0", "dLYschIPHTgcRY2VEg090r66U5RgM88YCSMSRukBnD8B90bgVbZymRwRxqw26oDgbPrDmO0vfugSnZHO1KXz4A==")]
    [InlineData("xxhash64", "digits*100000", "cbd5607d708d7e72", "y9VgfXCNfnI=")]
    [InlineData("crc32", "héllo wörld ✓ 😀", "ce8c7062", "zoxwYg==")]
    [InlineData("crc64", "héllo wörld ✓ 😀", "fdc0a7d8659a0f2d", "/cCn2GWaDy0=")]
    [InlineData("md5", "héllo wörld ✓ 😀", "89aa2b820ceff5e2668f906e050e431d", "iaorggzv9eJmj5BuBQ5DHQ==")]
    [InlineData("sha1", "héllo wörld ✓ 😀", "1e635c63b152e750b83ca43d21b32e4b562af9db", "HmNcY7FS51C4PKQ9IbMuS1Yq+ds=")]
    [InlineData("sha256", "héllo wörld ✓ 😀", "23e0a0c5e66366c058e29407717008da83f9004340e71ff074bb24bd4b80eb2a", "I+CgxeZjZsBY4pQHcXAI2oP5AENA5x/wdLskvUuA6yo=")]
    [InlineData("sha512", "héllo wörld ✓ 😀", "c0b1bdb8929a300951a589be04f022a372733ab3ea48b0a904779397fbb8f4bb8255fbaaa9915e96fcdcb05188466cc2ecfede8ad8bd83acb50fab8efac153e7", "wLG9uJKaMAlRpYm+BPAio3JzOrPqSLCpBHeTl/u49LuCVfuqqZFelvzcsFGIRmzC7P7eiti9g6y1D6uO+sFT5w==")]
    [InlineData("xxhash64", "héllo wörld ✓ 😀", "48f36cdd446de87d", "SPNs3URt6H0=")]
    public void Digest_matches_the_reference_in_hex_and_base64(string algorithm, string input, string hex, string base64)
    {
        var (hexOf, formatted) = Algorithms[algorithm];
        var text = Input(input);
        Assert.Equal(hex, hexOf(text));
        Assert.Equal(hex, AsText(formatted(text, "hex")));
        Assert.Equal(base64, AsText(formatted(text, "base64")));
    }

    [Theory]
    [InlineData("HEX")]
    [InlineData("Base64")]
    [InlineData("base32")]
    [InlineData("")]
    public void Unsupported_format_is_an_error_for_every_algorithm(string format)
    {
        foreach (var (name, (_, formatted)) in Algorithms)
            Assert.Equal($"hash.{name}: unsupported format '{format}', expected 'hex' or 'base64'", AsError(formatted("hello", format)));
    }

    [Fact]
    public void Crc_check_values_of_the_crc_catalogue()
    {
        var data = Encoding.ASCII.GetBytes("123456789");
        Assert.Equal(0xCBF43926u, Crc32.Compute(data));
        Assert.Equal(0xB90956C775A41001ul, Crc64.Compute(data));
    }

    [Theory]
    [InlineData("", 0xEF46DB3751D8E999ul)]
    [InlineData("a", 0xD24EC4F1A98C6E5Bul)]
    [InlineData("abc", 0x44BC2CF5AD770999ul)]
    [InlineData("123456789", 0x8CB841DB40E6AE83ul)]
    [InlineData("Nobody inspects the spammish repetition", 0xFBCEA83C8A378BF1ul)]
    [InlineData("The quick brown fox jumps over the lazy dog", 0x0B242D361FDA71BCul)]
    public void XxHash64_with_seed_zero_matches_the_reference_tool(string input, ulong expected)
    {
        // Lengths 0..43 cover the short path, the 32-byte stripes and every tail size.
        Assert.Equal(expected, XxHash64.Compute(Encoding.ASCII.GetBytes(input)));
    }

    [Fact]
    public void Crc_digests_are_written_big_endian()
    {
        // Go's Sum appends the checksum most significant byte first, so hex is the number's hex.
        Assert.Equal(Crc32.Compute("abc"u8).ToString("x8"), F.Crc32Hash("abc"));
        Assert.Equal(Crc64.Compute("abc"u8).ToString("x16"), F.Crc64Hash("abc"));
        Assert.Equal(XxHash64.Compute("abc"u8).ToString("x16"), F.XxHash64Hash("abc"));
    }
}
