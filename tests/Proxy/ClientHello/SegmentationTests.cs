using Policy.Proxy.ClientHello;

namespace Policy.Proxy.Tests.ClientHello;

/// <summary>However the hello is cut into reads and TLS records, the parse result is the same.</summary>
public sealed class SegmentationTests
{
    public static TheoryData<string> Hellos() => [.. GoldenHellos.All, PostQuantumSized];

    private const string PostQuantumSized = "synthetic-1800-byte-hello";

    // Chrome/Go post-quantum hellos are ~1.7 KB (an X25519MLKEM768 share is 1216 bytes) and span two TCP segments.
    private static byte[] Load(string name) => name == PostQuantumSized
        ? new HelloBuilder().Replace(0x0033, HelloBuilder.KeyShare(0x11EC, 1216)).WithExtension(0x0015, new byte[400]).Record()
        : GoldenHellos.Load(name);

    [Theory]
    [MemberData(nameof(Hellos))]
    public void Every_proper_prefix_needs_more_data(string name)
    {
        var data = Load(name);

        for (var length = 0; length < data.Length; length++)
        {
            Assert.Equal(ClientHelloStatus.NeedMoreData, ClientHelloParser.Parse(data.AsSpan(0, length)).Status);
        }
    }

    [Theory]
    [MemberData(nameof(Hellos))]
    public void Byte_by_byte_delivery_gives_the_whole_result(string name)
    {
        var data = Load(name);
        var whole = ClientHelloParser.Parse(data);

        var trickled = HelloSummary.ParseByteByByte(data);

        Assert.Equal(ClientHelloStatus.Complete, whole.Status);
        Assert.Equal(HelloSummary.Of(whole), HelloSummary.Of(trickled));
        Assert.Equal(data.Length, trickled.BytesConsumed);
    }

    [Theory]
    [MemberData(nameof(Hellos))]
    public void Two_part_delivery_split_at_every_offset_gives_the_whole_result(string name)
    {
        var data = Load(name);
        var expected = HelloSummary.Of(ClientHelloParser.Parse(data));

        for (var split = 1; split < data.Length; split++)
        {
            var result = HelloSummary.ParseInChunks(data, [split, data.Length]);
            Assert.Equal(expected, HelloSummary.Of(result));
            Assert.Equal(data.Length, result.BytesConsumed);
        }
    }

    [Theory]
    [MemberData(nameof(Hellos))]
    public void Refragmenting_into_small_records_gives_the_same_hello(string name)
    {
        var data = Load(name);
        var expected = HelloSummary.Of(ClientHelloParser.Parse(data));
        var random = new Random(20240601);

        foreach (var maxRecord in (int[])[1, 3, 16, 100, 700])
        {
            for (var round = 0; round < 5; round++)
            {
                var records = TlsRecords.Refragment(data, random, maxRecord);

                var whole = ClientHelloParser.Parse(records);
                var split = HelloSummary.ParseInChunks(records, [random.Next(1, records.Length), records.Length]);

                Assert.Equal(expected, HelloSummary.Of(whole));
                Assert.Equal(records.Length, whole.BytesConsumed);
                Assert.True(whole.Info!.RecordCount > 1 || maxRecord >= data.Length);
                Assert.Equal(expected, HelloSummary.Of(split));
            }
        }
    }

    [Fact]
    public void Refragmented_hello_delivered_byte_by_byte_gives_the_same_hello()
    {
        var data = GoldenHellos.Load(GoldenHellos.OpenSslTls13);
        var records = TlsRecords.Refragment(data, new Random(7), 5);

        var result = HelloSummary.ParseByteByByte(records);

        Assert.Equal(HelloSummary.Of(ClientHelloParser.Parse(data)), HelloSummary.Of(result));
    }

    [Fact]
    public void Server_name_split_across_two_records_mid_host_is_reassembled()
    {
        // As in nginx's "foo" + "f" case: the record boundary falls inside the host name.
        var message = new HelloBuilder { Extensions = HelloBuilder.DefaultExtensions("foof.example.test") }.Message();
        var nameAt = message.AsSpan().IndexOf("foof"u8);

        var records = TlsRecords.Fragment(message, nameAt + 3);
        var result = ClientHelloParser.Parse(records);

        Assert.Equal(ClientHelloStatus.Complete, result.Status);
        Assert.Equal("foof.example.test", result.Info!.ServerName);
        Assert.Equal(2, result.Info.RecordCount);
    }
}
