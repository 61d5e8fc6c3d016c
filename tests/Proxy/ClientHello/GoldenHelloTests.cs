using Policy.Proxy.ClientHello;

namespace Policy.Proxy.Tests.ClientHello;

/// <summary>ClientHellos captured from real clients (see GoldenCaptureTests) parse to what those clients sent.</summary>
public sealed class GoldenHelloTests
{
    private static ClientHelloInfo ParseGolden(string name)
    {
        var bytes = GoldenHellos.Load(name);
        var result = ClientHelloParser.Parse(bytes);
        Assert.Equal(ClientHelloStatus.Complete, result.Status);
        Assert.Equal(bytes.Length, result.BytesConsumed);
        return result.Info!;
    }

    [Fact]
    public void OpenSsl_tls13_hello_has_sni_alpn_and_versions()
    {
        var info = ParseGolden(GoldenHellos.OpenSslTls13);

        Assert.Equal(ServerNameStatus.Valid, info.ServerNameStatus);
        Assert.Equal("app.example.test", info.ServerName);
        Assert.Equal(["h2", "http/1.1"], info.AlpnProtocols.ToArray());
        Assert.Equal(0x0303, info.LegacyVersion);
        Assert.Equal([0x0304, 0x0303, 0x0302, 0x0301], info.SupportedVersions.ToArray());
        Assert.Equal(0x0304, info.MaxVersion);
        Assert.Equal(31, info.CipherSuites.Length);
        Assert.Equal(
            [0x0000, 0x000B, 0x000A, 0x0023, 0x0010, 0x0016, 0x0017, 0x000D, 0x002B, 0x002D, 0x0033],
            info.ExtensionTypes.ToArray());
        Assert.Equal([0x001D, 0x0017, 0x001E, 0x0019, 0x0018, 0x0100, 0x0101, 0x0102, 0x0103, 0x0104], info.SupportedGroups.ToArray());
        Assert.Equal(20, info.SignatureAlgorithms.Length);
        Assert.False(info.HasEncryptedClientHello);
        Assert.Equal(1, info.RecordCount);
    }

    // Worked out by hand from the hex (independently of the product code):
    // version 1.3 from supported_versions, SNI present, 31 ciphers, 11 extensions, ALPN "h2";
    // b = sha256("002f,0033,...,ccaa")[..12]; c = sha256("000a,000b,000d,0016,0017,0023,002b,002d,0033_0403,...,0602")[..12].
    [Fact]
    public void OpenSsl_tls13_hello_has_the_hand_computed_ja4()
    {
        var info = ParseGolden(GoldenHellos.OpenSslTls13);

        Assert.Equal("t13d3111h2_e8f1e7e78f70_1f22a2ca17c4", info.Ja4);
        Assert.Equal(
            "t13d3111h2_002f,0033,0035,0039,003c,003d,0067,006b,009c,009d,009e,009f,00ff,1301,1302,1303,c009,c00a,c013,c014,c023,c024,c027,c028,c02b,c02c,c02f,c030,cca8,cca9,ccaa"
            + "_000a,000b,000d,0016,0017,0023,002b,002d,0033"
            + "_0403,0503,0603,0807,0808,0809,080a,080b,0804,0805,0806,0401,0501,0601,0303,0301,0302,0402,0502,0602",
            info.Ja4Raw);
    }

    [Fact]
    public void OpenSsl_tls12_hello_has_no_supported_versions_and_a_t12_fingerprint()
    {
        var info = ParseGolden(GoldenHellos.OpenSslTls12);

        Assert.Equal("app.example.test", info.ServerName);
        Assert.Equal(["h2", "http/1.1"], info.AlpnProtocols.ToArray());
        Assert.Empty(info.SupportedVersions.ToArray());
        Assert.Equal(0x0303, info.MaxVersion);
        Assert.Equal(28, info.CipherSuites.Length);
        Assert.Equal(8, info.ExtensionTypes.Length);
        Assert.Equal("t12d2808h2_d943125447b4_e7e480e5a997", info.Ja4);
    }

    [Fact]
    public void OpenSsl_hello_without_sni_reports_missing_name_and_an_i_fingerprint()
    {
        var info = ParseGolden(GoldenHellos.OpenSslNoSni);

        Assert.Equal(ServerNameStatus.Missing, info.ServerNameStatus);
        Assert.Null(info.ServerName);
        Assert.Null(info.ServerNameError);
        Assert.Empty(info.AlpnProtocols.ToArray());
        Assert.DoesNotContain((ushort)0x0000, info.ExtensionTypes.ToArray());
        // Same client and settings as the TLS 1.3 capture: JA4 b and c must not change without SNI/ALPN.
        Assert.Equal("t13i310900_e8f1e7e78f70_1f22a2ca17c4", info.Ja4);
    }

    [Fact]
    public void SslStream_hello_has_target_host_and_application_protocols()
    {
        var info = ParseGolden(GoldenHellos.DotNetSslStream);

        Assert.Equal("app.example.test", info.ServerName);
        Assert.Equal(["h2", "http/1.1"], info.AlpnProtocols.ToArray());
        Assert.Equal([0x0304, 0x0303, 0x0302, 0x0301], info.SupportedVersions.ToArray());
        Assert.Equal(12, info.CipherSuites.Length);
        Assert.Equal(12, info.ExtensionTypes.Length);
        Assert.Equal("t13d1212h2_a538d02d76d5_f6eeaf393d2e", info.Ja4);
    }
}
