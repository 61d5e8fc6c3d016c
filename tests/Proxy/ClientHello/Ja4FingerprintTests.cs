using Policy.Proxy.ClientHello;

namespace Policy.Proxy.Tests.ClientHello;

public sealed class Ja4FingerprintTests
{
    private static readonly ushort[] SpecCiphers =
        [0x1301, 0x1302, 0x1303, 0xC02B, 0xC02F, 0xC02C, 0xC030, 0xCCA9, 0xCCA8, 0xC013, 0xC014, 0x009C, 0x009D, 0x002F, 0x0035];

    private static readonly ushort[] SpecSignatures = [0x0403, 0x0804, 0x0401, 0x0503, 0x0805, 0x0501, 0x0806, 0x0601];

    // The worked example of the JA4 specification: the extension order and values it lists.
    private static HelloBuilder SpecExample()
    {
        var data = new Dictionary<ushort, byte[]>
        {
            [0x0000] = HelloBuilder.ServerName("example.com"),
            [0x0010] = HelloBuilder.Alpn("h2", "http/1.1"),
            [0x000D] = HelloBuilder.U16Vector(SpecSignatures),
            [0x002B] = HelloBuilder.Versions(0x0304, 0x0303),
            [0x000A] = HelloBuilder.U16Vector(0x001D, 0x0017),
        };
        ushort[] order = [0x001B, 0x0000, 0x0033, 0x0010, 0x4469, 0x0017, 0x002D, 0x000D, 0x0005, 0x0023, 0x0012, 0x002B, 0xFF01, 0x000B, 0x000A, 0x0015];
        return new HelloBuilder
        {
            CipherSuites = SpecCiphers,
            Extensions = [.. order.Select(type => (type, data.GetValueOrDefault(type, []))) ],
        };
    }

    private static ClientHelloInfo Parse(HelloBuilder builder)
    {
        var result = ClientHelloParser.Parse(builder.Record());
        Assert.Equal(ClientHelloStatus.Complete, result.Status);
        return result.Info!;
    }

    [Fact]
    public void Specification_example_gives_the_published_fingerprint()
    {
        var info = Parse(SpecExample());

        Assert.Equal("t13d1516h2_8daaf6152771_e5627efa2ab1", info.Ja4);
        Assert.Equal(
            "t13d1516h2_002f,0035,009c,009d,1301,1302,1303,c013,c014,c02b,c02c,c02f,c030,cca8,cca9"
            + "_0005,000a,000b,000d,0012,0015,0017,001b,0023,002b,002d,0033,4469,ff01"
            + "_0403,0804,0401,0503,0805,0501,0806,0601",
            info.Ja4Raw);
    }

    [Fact]
    public void Specification_example_in_original_order_gives_the_published_o_fingerprint()
    {
        var info = Parse(SpecExample());

        Assert.Equal("t13d1516h2_acb858a92679_18f69afefd3d", Ja4Fingerprint.Compute(info, originalOrder: true));
        Assert.StartsWith("t13d1516h2_1301,1302,1303,c02b,", Ja4Fingerprint.ComputeRaw(info, originalOrder: true));
    }

    [Fact]
    public void Grease_values_are_ignored_everywhere()
    {
        var plain = Parse(SpecExample());
        var greased = SpecExample();
        greased.CipherSuites = [0x3A3A, .. SpecCiphers];
        greased.Extensions.Insert(0, (0x0A0A, []));
        greased.Extensions.Add((0xFAFA, [0]));
        greased.Replace(0x002B, HelloBuilder.Versions(0x7A7A, 0x0304, 0x0303));
        greased.Replace(0x000D, HelloBuilder.U16Vector([0x1A1A, .. SpecSignatures]));

        var info = Parse(greased);

        Assert.Equal(plain.Ja4, info.Ja4);
        Assert.Equal(plain.Ja4Raw, info.Ja4Raw);
        Assert.Equal(16, info.CipherSuites.Length);
        Assert.Equal(18, info.ExtensionTypes.Length);
        Assert.StartsWith("t13d1516h2_", info.Ja4);
    }

    [Fact]
    public void Without_sni_and_alpn_the_first_part_says_i_and_00_and_the_hashes_stay()
    {
        var builder = SpecExample();
        builder.Extensions.RemoveAll(e => e.Type is 0x0000 or 0x0010);

        var info = Parse(builder);

        Assert.Equal("t13i151400_8daaf6152771_e5627efa2ab1", info.Ja4);
    }

    [Fact]
    public void Without_signature_algorithms_the_extension_string_has_no_underscore()
    {
        var builder = SpecExample();
        builder.Extensions.RemoveAll(e => e.Type == 0x000D);

        var info = Parse(builder);

        Assert.EndsWith("_0005,000a,000b,0012,0015,0017,001b,0023,002b,002d,0033,4469,ff01", info.Ja4Raw);
        Assert.DoesNotContain("ff01_", info.Ja4Raw, StringComparison.Ordinal);
    }

    [Fact]
    public void Hello_without_extensions_gets_zero_hash_and_legacy_version()
    {
        var info = Parse(new HelloBuilder { OmitExtensionsBlock = true, LegacyVersion = 0x0301, CipherSuites = [0x002F] });

        Assert.Equal("t10i010000_" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("002f"u8))[..12] + "_000000000000", info.Ja4);
    }

    [Theory]
    [InlineData("http/1.1", "h1")]
    [InlineData("h2", "h2")]
    [InlineData("x", "xx")]
    [InlineData("\u00ab", "ab")]
    [InlineData("\u00ab\u00cd", "ad")]
    [InlineData("0\u00ab", "3b")]
    [InlineData("01\u00ab\u00cd", "3d")]
    [InlineData("0\u00ab\u00cd1", "01")]
    public void Alpn_characters_follow_the_specification(string firstProtocol, string expected)
    {
        var builder = SpecExample().Replace(0x0010, HelloBuilder.Alpn(firstProtocol, "h2"));

        var info = Parse(builder);

        Assert.Equal(expected, info.Ja4[8..10]);
    }

    [Fact]
    public void More_than_99_ciphers_count_as_99()
    {
        var builder = SpecExample();
        builder.CipherSuites = [.. Enumerable.Range(0x0100, 120).Select(i => (ushort)i)];

        Assert.StartsWith("t13d9916h2_", Parse(builder).Ja4);
    }
}
