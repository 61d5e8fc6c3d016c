using Policy.Proxy.ClientHello;

namespace Policy.Proxy.Tests.ClientHello;

public sealed class ClientHelloParserTests
{
    [Fact]
    public void Built_hello_parses_every_field()
    {
        var builder = new HelloBuilder();
        builder.WithExtension(0x0029, [0x00, 0x00]);

        var result = ClientHelloParser.Parse(builder.Record());

        Assert.Equal(ClientHelloStatus.Complete, result.Status);
        var info = result.Info!;
        Assert.Equal("app.example.test", info.ServerName);
        Assert.Equal(new ushort[] { 0x1301, 0x1302, 0x1303, 0xC02F }, info.CipherSuites.ToArray());
        Assert.Equal(new ushort[] { 0x0000, 0x000A, 0x0010, 0x000D, 0x002B, 0x0033, 0x0029 }, info.ExtensionTypes.ToArray());
        Assert.Equal(new ushort[] { 0x001D, 0x0017 }, info.SupportedGroups.ToArray());
        Assert.Equal(new ushort[] { 0x0403, 0x0804, 0x0401 }, info.SignatureAlgorithms.ToArray());
        Assert.Equal(new ushort[] { 0x0304, 0x0303 }, info.SupportedVersions.ToArray());
        Assert.True(info.HasPreSharedKey);
        Assert.False(info.HasEarlyData);
        Assert.Equal(builder.Message().Length, info.MessageLength);
    }

    [Fact]
    public void Hello_without_extensions_has_empty_lists()
    {
        var info = ClientHelloParser.Parse(new HelloBuilder { OmitExtensionsBlock = true }.Record()).Info!;

        Assert.Empty(info.ExtensionTypes);
        Assert.Empty(info.AlpnProtocols);
        Assert.Empty(info.SupportedVersions);
        Assert.Equal(ServerNameStatus.Missing, info.ServerNameStatus);
        Assert.Equal(0x0303, info.MaxVersion);
    }

    [Fact]
    public void Supported_versions_with_only_grease_fall_back_to_the_legacy_version()
    {
        var info = ClientHelloParser.Parse(new HelloBuilder().Replace(0x002B, HelloBuilder.Versions(0x2A2A)).Record()).Info!;

        Assert.Equal(0x0303, info.MaxVersion);
        Assert.StartsWith("t12", info.Ja4);
    }

    [Fact]
    public void Need_more_data_allocates_nothing()
    {
        var hello = GoldenHellos.Load(GoldenHellos.OpenSslTls13);

        var (status, allocated) = MeasureLast(() =>
        {
            var last = ClientHelloStatus.Complete;
            for (var length = 0; length < hello.Length; length += 10)
            {
                last = ClientHelloParser.Parse(hello.AsSpan(0, length)).Status;
            }

            return last;
        });

        Assert.Equal(ClientHelloStatus.NeedMoreData, status);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Rejections_allocate_nothing()
    {
        byte[][] inputs = [TlsRecords.Record(22, 0x0301, []), "GET /"u8.ToArray(), TlsRecords.Wrap(new HelloBuilder().Message(length: 100))];

        var (statuses, allocated) = MeasureLast(() =>
        {
            var seen = 0;
            foreach (var input in inputs)
            {
                seen |= 1 << (int)ClientHelloParser.Parse(input).Status;
            }

            return seen;
        });

        Assert.Equal((1 << (int)ClientHelloStatus.Invalid) | (1 << (int)ClientHelloStatus.NotTls), statuses);
        Assert.Equal(0, allocated);
    }

    // Runs the action a few times first so JIT tiering does not count as the parser's allocation.
    private static (T Result, long Allocated) MeasureLast<T>(Func<T> action)
    {
        for (var i = 0; i < 50; i++)
        {
            action();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = action();
        return (result, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Result_descriptions_name_the_outcome()
    {
        Assert.Equal("Invalid(empty_record)", ClientHelloParser.Parse(TlsRecords.Record(22, 0x0301, [])).ToString());
        Assert.Equal("NotTls", ClientHelloParser.Parse("G"u8).ToString());
        Assert.StartsWith("Complete(", ClientHelloParser.Parse(new HelloBuilder().Record()).ToString());
    }
}
