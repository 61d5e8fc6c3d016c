using Policy.Proxy.ClientHello;

namespace Policy.Proxy.Tests.ClientHello;

/// <summary>Each bad input gives its expected outcome whole, byte by byte, split at record boundaries, and on every prefix.</summary>
public sealed class BadInputTests
{
    public static TheoryData<string> CaseNames() => [.. BadInputCorpus.Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Whole_input_gives_the_expected_outcome(string name)
    {
        var bad = BadInputCorpus.Cases[name];

        var result = ClientHelloParser.Parse(bad.Data, bad.MaxBytes);

        Assert.Equal(bad.Status, result.Status);
        Assert.Equal(bad.Reason, result.Reason);
        Assert.Equal(bad.Status == ClientHelloStatus.Complete, result.Info is not null);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Byte_by_byte_and_record_by_record_delivery_give_the_same_outcome(string name)
    {
        var bad = BadInputCorpus.Cases[name];
        var expected = HelloSummary.Of(ClientHelloParser.Parse(bad.Data, bad.MaxBytes));

        var trickled = HelloSummary.ParseByteByByte(bad.Data, bad.MaxBytes);
        var byRecord = HelloSummary.ParseInChunks(bad.Data, [.. RecordBoundaries(bad.Data), bad.Data.Length], bad.MaxBytes);

        Assert.Equal(expected, HelloSummary.Of(trickled));
        Assert.Equal(expected, HelloSummary.Of(byRecord));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void No_prefix_reaches_a_different_decision(string name)
    {
        var bad = BadInputCorpus.Cases[name];
        var final = ClientHelloParser.Parse(bad.Data, bad.MaxBytes);

        for (var length = 0; length < bad.Data.Length; length++)
        {
            var partial = ClientHelloParser.Parse(bad.Data.AsSpan(0, length), bad.MaxBytes);
            if (partial.Status != ClientHelloStatus.NeedMoreData)
            {
                Assert.Equal(final.Status, partial.Status);
                Assert.Equal(final.Reason, partial.Reason);
            }
        }
    }

    [Fact]
    public void Non_tls_input_is_decided_on_its_first_byte()
    {
        foreach (var first in "GPSEHC\r\n\0"u8.ToArray())
        {
            Assert.Equal(ClientHelloStatus.NotTls, ClientHelloParser.Parse([first]).Status);
        }
    }

    [Fact]
    public void Second_hello_in_a_later_record_is_not_read()
    {
        // After a HelloRetryRequest a client sends another ClientHello, possibly with another name;
        // only the first one routes the connection, and the bytes after it are left alone.
        var first = new HelloBuilder().Record();
        var second = new HelloBuilder { Extensions = HelloBuilder.DefaultExtensions("evil.example.test") }.Record();

        var result = ClientHelloParser.Parse([.. first, .. second]);

        Assert.Equal(ClientHelloStatus.Complete, result.Status);
        Assert.Equal(first.Length, result.BytesConsumed);
        Assert.Equal("app.example.test", result.Info!.ServerName);
    }

    [Fact]
    public void Early_data_after_the_hello_is_not_part_of_it()
    {
        var hello = new HelloBuilder().WithExtension(0x002A, []).Record();
        byte[] data = [.. hello, .. TlsRecords.Record(20, 0x0303, [1]), .. TlsRecords.Record(23, 0x0303, new byte[50])];

        var result = ClientHelloParser.Parse(data);

        Assert.Equal(ClientHelloStatus.Complete, result.Status);
        Assert.Equal(hello.Length, result.BytesConsumed);
        Assert.True(result.Info!.HasEarlyData);
    }

    [Fact]
    public void Max_bytes_out_of_range_is_a_programming_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ClientHelloParser.Parse([], ClientHelloParser.MinMaxBytes - 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClientHelloParser.Parse([], ClientHelloParser.MaxMaxBytes + 1));
    }

    // Ends of well-formed-looking records, for delivering input one record at a time.
    private static IEnumerable<int> RecordBoundaries(byte[] data)
    {
        for (var offset = 0; offset + 5 <= data.Length;)
        {
            offset += 5 + ((data[offset + 3] << 8) | data[offset + 4]);
            if (offset >= data.Length)
            {
                yield break;
            }

            yield return offset;
        }
    }
}
