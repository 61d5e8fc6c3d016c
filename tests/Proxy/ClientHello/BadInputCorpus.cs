using Policy.Proxy.ClientHello;
using static Policy.Proxy.ClientHello.ClientHelloReasons;

namespace Policy.Proxy.Tests.ClientHello;

/// <summary>
/// The bad-input corpus of docs/sni-proxy.md §3b, plus the parser bugs listed there (Node.js,
/// Netty, Mbed TLS, zapret2, snitun), each with the outcome it must produce.
/// </summary>
internal static class BadInputCorpus
{
    public sealed record Case(byte[] Data, ClientHelloStatus Status, string? Reason = null, int MaxBytes = ClientHelloParser.DefaultMaxBytes);

    public static readonly Dictionary<string, Case> Cases = Build();

    private static byte[] Good => new HelloBuilder().Record();

    private static byte[] GoodMessage => new HelloBuilder().Message();

    private static Dictionary<string, Case> Build()
    {
        var cases = new Dictionary<string, Case>
        {
            // Not TLS at all: decided on the first byte or two.
            ["empty input"] = new([], ClientHelloStatus.NeedMoreData),
            ["plain HTTP request"] = new("GET / HTTP/1.1\r\nHost: a\r\n\r\n"u8.ToArray(), ClientHelloStatus.NotTls),
            ["SSH banner"] = new("SSH-2.0-OpenSSH_9.2\r\n"u8.ToArray(), ClientHelloStatus.NotTls),
            ["SMTP STARTTLS greeting"] = new("EHLO client.example\r\n"u8.ToArray(), ClientHelloStatus.NotTls),
            ["PROXY v1 header before hello"] = new([.. "PROXY TCP4 1.2.3.4 5.6.7.8 1 2\r\n"u8, .. Good], ClientHelloStatus.NotTls),
            ["PROXY v2 header before hello"] = new([0x0D, 0x0A, 0x0D, 0x0A, 0x00, 0x0D, 0x0A, 0x51, 0x55, 0x49, 0x54, 0x0A, 0x21, 0x11, 0x00, 0x0C, .. new byte[12], .. Good], ClientHelloStatus.NotTls),
            ["PROXY v2 header truncated"] = new([0x0D, 0x0A, 0x0D], ClientHelloStatus.NotTls),
            ["PROXY v2 header with wrong family and bad TLV"] = new([0x0D, 0x0A, 0x0D, 0x0A, 0x00, 0x0D, 0x0A, 0x51, 0x55, 0x49, 0x54, 0x0A, 0x21, 0x71, 0x00, 0x03, 0x04, 0xFF, 0xFF], ClientHelloStatus.NotTls),
            ["handshake type byte then non-TLS major version"] = new([0x16, 0x02, 0x00, 0x00, 0x10], ClientHelloStatus.NotTls),
            ["handshake type byte then junk version"] = new([0x16, 0xFF, 0xFF], ClientHelloStatus.NotTls),
            ["SSLv2 record without client hello"] = new([0x80, 0x2E, 0x07, 0x00], ClientHelloStatus.NotTls),

            // Record layer.
            ["SSLv2 compatible client hello"] = new([0x80, 0x2E, 0x01, 0x03, 0x01, 0x00, 0x15, 0x00, 0x00, 0x00, 0x10, .. new byte[37]], ClientHelloStatus.Invalid, Sslv2Hello),
            ["application data record first"] = new(TlsRecords.Record(23, 0x0303, [1, 2, 3]), ClientHelloStatus.Invalid, UnexpectedRecordType),
            ["change cipher spec before hello"] = new([.. TlsRecords.Record(20, 0x0303, [1]), .. Good], ClientHelloStatus.Invalid, UnexpectedRecordType),
            ["alert before hello"] = new([.. TlsRecords.Record(21, 0x0303, [2, 40]), .. Good], ClientHelloStatus.Invalid, UnexpectedRecordType),
            ["record version 3.5"] = new(TlsRecords.Wrap(GoodMessage, 0x0305), ClientHelloStatus.Invalid, BadRecordVersion),
            ["record length 0"] = new(TlsRecords.Record(22, 0x0301, []), ClientHelloStatus.Invalid, EmptyRecord),
            ["record length 1 alone"] = new(TlsRecords.Record(22, 0x0301, [1]), ClientHelloStatus.NeedMoreData),
            ["record length 2^14 + 1"] = new(TlsRecords.Record(22, 0x0301, GoodMessage, length: 16385), ClientHelloStatus.Invalid, RecordTooLong),
            ["record length 2^14 + 257"] = new(TlsRecords.Record(22, 0x0301, GoodMessage, length: 16384 + 257), ClientHelloStatus.Invalid, RecordTooLong),
            ["record header cut short"] = new([0x16, 0x03, 0x01, 0x00], ClientHelloStatus.NeedMoreData),
            ["zero-length fragment between fragments"] = new([.. TlsRecords.Wrap(GoodMessage[..10]), .. TlsRecords.Record(22, 0x0301, []), .. TlsRecords.Wrap(GoodMessage[10..])], ClientHelloStatus.Invalid, EmptyRecord),
            ["alert interleaved between fragments"] = new([.. TlsRecords.Wrap(GoodMessage[..10]), .. TlsRecords.Record(21, 0x0303, [2, 40]), .. TlsRecords.Wrap(GoodMessage[10..])], ClientHelloStatus.Invalid, UnexpectedRecordType),
            ["bad version on a later fragment"] = new([.. TlsRecords.Wrap(GoodMessage[..10]), .. TlsRecords.Wrap(GoodMessage[10..], 0x0399)], ClientHelloStatus.Invalid, BadRecordVersion),

            // Handshake header.
            ["handshake type server hello"] = new(TlsRecords.Wrap(new HelloBuilder().Message(handshakeType: 2)), ClientHelloStatus.Invalid, NotClientHello),
            ["handshake type finished in a short record"] = new(TlsRecords.Record(22, 0x0303, [20, 0, 0, 12]), ClientHelloStatus.Invalid, NotClientHello),
            ["handshake length below the minimum"] = new(TlsRecords.Wrap(HelloBuilder.Handshake(1, new byte[10])), ClientHelloStatus.Invalid, HelloTooShort),
            ["client hello with length zero"] = new(TlsRecords.Record(22, 0x0301, [1, 0, 0, 0]), ClientHelloStatus.Invalid, HelloTooShort),
            ["hello request with length zero"] = new(TlsRecords.Record(22, 0x0301, [0, 0, 0, 0]), ClientHelloStatus.Invalid, NotClientHello),
            ["handshake length beyond the record"] = new(TlsRecords.Wrap(new HelloBuilder().Message(length: 4000)), ClientHelloStatus.NeedMoreData),
            ["handshake length shorter than the record"] = new(TlsRecords.Wrap(new HelloBuilder().Message(length: 100)), ClientHelloStatus.Invalid, TrailingHandshakeData),
            ["two handshake messages in one record"] = new(TlsRecords.Wrap([.. GoodMessage, .. GoodMessage]), ClientHelloStatus.Invalid, TrailingHandshakeData),
            ["hello declaring 64 KiB"] = new(TlsRecords.Wrap(new HelloBuilder().Message(length: 65536)), ClientHelloStatus.TooLarge),
            ["hello declaring 16 MiB"] = new(TlsRecords.Record(22, 0x0301, [1, 0xFF, 0xFF, 0xFF]), ClientHelloStatus.TooLarge),
            ["hello over a small cap"] = new(Good, ClientHelloStatus.TooLarge, MaxBytes: 100),

            // ClientHello body.
            ["legacy version 2.0"] = new(new HelloBuilder { LegacyVersion = 0x0002 }.Record(), ClientHelloStatus.Invalid, BadLegacyVersion),
            ["session id length 33"] = new(new HelloBuilder { SessionId = new byte[33] }.Record(), ClientHelloStatus.Invalid, BadSessionIdLength),
            ["session id length 0xFF past the end"] = new(new HelloBuilder { SessionIdLength = 0xFF }.Record(), ClientHelloStatus.Invalid, BadSessionIdLength),
            ["hello ending right after the session id"] = new(TlsRecords.Wrap(HelloBuilder.Handshake(1, new HelloBuilder().Body()[..67])), ClientHelloStatus.Invalid, BadCipherSuitesLength),
            ["cipher suites odd length"] = new(new HelloBuilder { CipherSuitesLength = 7 }.Record(), ClientHelloStatus.Invalid, BadCipherSuitesLength),
            ["cipher suites zero length"] = new(new HelloBuilder { CipherSuites = [] }.Record(), ClientHelloStatus.Invalid, BadCipherSuitesLength),
            ["cipher suites length 0xFFFF"] = new(new HelloBuilder { CipherSuitesLength = 0xFFFF }.Record(), ClientHelloStatus.Invalid, BadCipherSuitesLength),
            ["compression methods zero length"] = new(new HelloBuilder { CompressionMethods = [] }.Record(), ClientHelloStatus.Invalid, BadCompressionMethodsLength),
            ["compression methods length past the end"] = new(new HelloBuilder { CompressionMethodsLength = 0xFF, OmitExtensionsBlock = true }.Record(), ClientHelloStatus.Invalid, BadCompressionMethodsLength),
            ["extensions block shorter than the rest"] = new(new HelloBuilder { ExtensionsLength = 20 }.Record(), ClientHelloStatus.Invalid, BadExtensionsLength),
            ["extensions block longer than the rest"] = new(new HelloBuilder { ExtensionsLength = 2000 }.Record(), ClientHelloStatus.Invalid, BadExtensionsLength),
            ["zero extensions block followed by bytes"] = new(new HelloBuilder { ExtensionsLength = 0 }.Record(), ClientHelloStatus.Invalid, BadExtensionsLength),
            ["single byte where the extensions block starts"] = new(new HelloBuilder { OmitExtensionsBlock = true, TrailingBytes = [0] }.Record(), ClientHelloStatus.Invalid, BadExtensionsLength),
            ["extension length overrunning the block"] = new(new HelloBuilder { Extensions = [(0x0017, []), (0x0023, [])], TrailingBytes = [] }.Record().Also(b => b[^1] = 9), ClientHelloStatus.Invalid, BadExtensionLength),
            ["duplicate server name extensions"] = new(new HelloBuilder().WithExtension(0x0000, HelloBuilder.ServerName("other.example.test")).Record(), ClientHelloStatus.Invalid, DuplicateExtension),
            ["pre shared key not last"] = new(new HelloBuilder { Extensions = [(0x0029, [0, 0]), (0x0017, [])] }.Record(), ClientHelloStatus.Invalid, PreSharedKeyNotLast),

            // Server name extension structure (zapret2 #259, snitun #510).
            ["server name list longer than the extension"] = new(WithSni([0x00, 0x40, 0x00, 0x00, 0x01, (byte)'a']), ClientHelloStatus.Invalid, BadServerNameExtension),
            ["server name list shorter than the extension"] = new(WithSni([0x00, 0x01, 0x00, 0x00, 0x01, (byte)'a']), ClientHelloStatus.Invalid, BadServerNameExtension),
            ["host name length running into the next extension"] = new(WithSni([0x00, 0x04, 0x00, 0x00, 0x09, (byte)'a']), ClientHelloStatus.Invalid, BadServerNameExtension),
            ["server name extension with no bytes"] = new(WithSni([]), ClientHelloStatus.Invalid, BadServerNameExtension),
            ["server name extension with one byte"] = new(WithSni([0x00]), ClientHelloStatus.Invalid, BadServerNameExtension),

            // Other extensions this layer reads.
            ["ALPN with an empty protocol name"] = new(new HelloBuilder().Replace(0x0010, HelloBuilder.Vector16([0x02, (byte)'h', (byte)'2', 0x00])).Record(), ClientHelloStatus.Invalid, BadAlpnExtension),
            ["ALPN list overrunning"] = new(new HelloBuilder().Replace(0x0010, [0x00, 0x09, 0x02, (byte)'h', (byte)'2']).Record(), ClientHelloStatus.Invalid, BadAlpnExtension),
            ["ALPN empty list"] = new(new HelloBuilder().Replace(0x0010, [0x00, 0x00]).Record(), ClientHelloStatus.Invalid, BadAlpnExtension),
            ["supported versions odd length"] = new(new HelloBuilder().Replace(0x002B, [0x03, 0x03, 0x04, 0x03]).Record(), ClientHelloStatus.Invalid, BadSupportedVersionsExtension),
            ["supported groups empty"] = new(new HelloBuilder().Replace(0x000A, [0x00, 0x00]).Record(), ClientHelloStatus.Invalid, BadSupportedGroupsExtension),
            ["signature algorithms trailing byte"] = new(new HelloBuilder().Replace(0x000D, [0x00, 0x02, 0x04, 0x03, 0x00]).Record(), ClientHelloStatus.Invalid, BadSignatureAlgorithmsExtension),
        };

        foreach (var version in (ushort[])[0x0300, 0x0301, 0x0302, 0x0303, 0x0304])
        {
            cases[$"record version {version >> 8}.{version & 0xFF} accepted"] = new(TlsRecords.Wrap(GoodMessage, version), ClientHelloStatus.Complete);
        }

        cases["first record of one byte then the rest"] = new(TlsRecords.Fragment(GoodMessage, 1), ClientHelloStatus.Complete);
        cases["large padding under the cap"] = new(new HelloBuilder().WithExtension(0x0015, new byte[12000]).Record(), ClientHelloStatus.Complete);
        cases["large padding over the cap in several records"] = new(TlsRecords.Fragment(new HelloBuilder().WithExtension(0x0015, new byte[20000]).Message(), 16000), ClientHelloStatus.TooLarge);
        cases["SSL 3.0 style hello without extensions"] = new(new HelloBuilder { OmitExtensionsBlock = true, LegacyVersion = 0x0300 }.Record(), ClientHelloStatus.Complete);
        return cases;
    }

    private static byte[] WithSni(byte[] extensionData) =>
        new HelloBuilder().Replace(0x0000, extensionData).Record();

    private static byte[] Also(this byte[] bytes, Action<byte[]> change)
    {
        change(bytes);
        return bytes;
    }
}
