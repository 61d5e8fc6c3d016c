using System.Text;
using Policy.Proxy.ClientHello;
using static Policy.Proxy.ClientHello.ClientHelloReasons;

namespace Policy.Proxy.Tests.ClientHello;

/// <summary>
/// A well-encoded server_name extension whose content is unusable still parses (Complete) so the
/// proxy can log it, but the name is Invalid with a reason and no routable name is exposed.
/// </summary>
public sealed class ServerNameTests
{
    private static ClientHelloInfo ParseWithSni(byte[] extensionData)
    {
        var result = ClientHelloParser.Parse(new HelloBuilder().Replace(0x0000, extensionData).Record());
        Assert.Equal(ClientHelloStatus.Complete, result.Status);
        return result.Info!;
    }

    private static ClientHelloInfo ParseWithName(byte[] name) => ParseWithSni(HelloBuilder.ServerNameBytes(name));

    [Theory]
    [InlineData("app.example.test", "app.example.test")]
    [InlineData("App.EXAMPLE.Test", "app.example.test")]
    [InlineData("app.example.test.", "app.example.test")]
    [InlineData("xn--bcher-kva.example", "xn--bcher-kva.example")]
    [InlineData("a-b.c0", "a-b.c0")]
    [InlineData("localhost", "localhost")]
    public void Valid_names_are_normalised(string sent, string expected)
    {
        var info = ParseWithName(Encoding.ASCII.GetBytes(sent));

        Assert.Equal(ServerNameStatus.Valid, info.ServerNameStatus);
        Assert.Equal(expected, info.ServerName);
        Assert.Null(info.ServerNameError);
        Assert.Equal(Encoding.ASCII.GetBytes(sent), info.RawServerName.ToArray());
    }

    [Theory]
    [InlineData("", EmptyName)]
    [InlineData(".", EmptyName)]
    [InlineData("app.example.test..", EmptyLabel)]
    [InlineData(".app.example.test", EmptyLabel)]
    [InlineData("app..example.test", EmptyLabel)]
    [InlineData("app\0.example.test", InvalidCharacter)]
    [InlineData("app_1.example.test", InvalidCharacter)]
    [InlineData("app example.test", InvalidCharacter)]
    [InlineData("app.example.test:443", InvalidCharacter)]
    [InlineData("*.example.test", InvalidCharacter)]
    [InlineData("-app.example.test", BadHyphen)]
    [InlineData("app-.example.test", BadHyphen)]
    [InlineData("192.0.2.1", IpLiteral)]
    [InlineData("192.0.2.1.", IpLiteral)]
    [InlineData("127.1", IpLiteral)]
    [InlineData("0x7f.0.0.1", IpLiteral)]
    [InlineData("999.1.2.3", IpLiteral)]
    [InlineData("2001:db8::1", IpLiteral)]
    [InlineData("[2001:db8::1]", IpLiteral)]
    [InlineData("::ffff:192.0.2.1", IpLiteral)]
    public void Unusable_names_are_invalid_with_a_reason(string sent, string reason)
    {
        var info = ParseWithName(Encoding.ASCII.GetBytes(sent));

        Assert.Equal(ServerNameStatus.Invalid, info.ServerNameStatus);
        Assert.Equal(reason, info.ServerNameError);
        Assert.Null(info.ServerName);
    }

    [Fact]
    public void Non_ascii_name_is_invalid()
    {
        var info = ParseWithName(Encoding.UTF8.GetBytes("bücher.example"));

        Assert.Equal(NonAscii, info.ServerNameError);
    }

    [Fact]
    public void Label_of_63_is_valid_and_64_is_too_long()
    {
        Assert.Equal(ServerNameStatus.Valid, ParseWithName(Encoding.ASCII.GetBytes(new string('a', 63) + ".test")).ServerNameStatus);
        Assert.Equal(LabelTooLong, ParseWithName(Encoding.ASCII.GetBytes(new string('a', 64) + ".test")).ServerNameError);
    }

    [Fact]
    public void Name_of_253_is_valid_and_longer_names_are_too_long()
    {
        var name253 = string.Join('.', Enumerable.Repeat(new string('a', 49), 5)) + ".abc";
        Assert.Equal(253, name253.Length);

        Assert.Equal(ServerNameStatus.Valid, ParseWithName(Encoding.ASCII.GetBytes(name253)).ServerNameStatus);
        Assert.Equal(ServerNameStatus.Valid, ParseWithName(Encoding.ASCII.GetBytes(name253 + ".")).ServerNameStatus);
        Assert.Equal(NameTooLong, ParseWithName(Encoding.ASCII.GetBytes("b" + name253)).ServerNameError);
        Assert.Equal(NameTooLong, ParseWithName(Encoding.ASCII.GetBytes(new string('a', 300))).ServerNameError);
    }

    [Fact]
    public void Unknown_name_type_is_invalid()
    {
        var info = ParseWithSni(HelloBuilder.ServerNameEntries((1, "app.example.test"u8.ToArray())));

        Assert.Equal(ServerNameStatus.Invalid, info.ServerNameStatus);
        Assert.Equal(UnsupportedNameType, info.ServerNameError);
        Assert.Empty(info.RawServerName);
    }

    [Fact]
    public void Host_name_beside_an_unknown_name_type_is_invalid()
    {
        var info = ParseWithSni(HelloBuilder.ServerNameEntries((0, "app.example.test"u8.ToArray()), (7, [1, 2])));

        Assert.Equal(UnsupportedNameType, info.ServerNameError);
        Assert.Null(info.ServerName);
    }

    [Fact]
    public void Several_host_names_are_invalid()
    {
        var info = ParseWithSni(HelloBuilder.ServerNameEntries((0, "a.example.test"u8.ToArray()), (0, "b.example.test"u8.ToArray())));

        Assert.Equal(MultipleNames, info.ServerNameError);
        Assert.Null(info.ServerName);
        Assert.Equal("a.example.test"u8.ToArray(), info.RawServerName.ToArray());
    }

    [Fact]
    public void Empty_server_name_list_is_invalid()
    {
        var info = ParseWithSni([0x00, 0x00]);

        Assert.Equal(EmptyServerNameList, info.ServerNameError);
    }

    [Fact]
    public void Encrypted_client_hello_is_flagged_and_the_outer_name_is_reported()
    {
        var builder = new HelloBuilder { Extensions = HelloBuilder.DefaultExtensions("public.example.test") };
        builder.WithExtension(0xFE0D, [0x00, 0x00, 0x01, 0x00, 0x01, 0x2A, 0x00, 0x00, 0x00, 0x00]);

        var info = ClientHelloParser.Parse(builder.Record()).Info!;

        Assert.True(info.HasEncryptedClientHello);
        Assert.Equal("public.example.test", info.ServerName);
    }

    [Fact]
    public void Hello_without_the_extension_reports_a_missing_name()
    {
        var info = ClientHelloParser.Parse(new HelloBuilder { Extensions = HelloBuilder.DefaultExtensions(null) }.Record()).Info!;

        Assert.Equal(ServerNameStatus.Missing, info.ServerNameStatus);
        Assert.False(info.HasServerNameExtension);
        Assert.Null(info.ServerNameError);
    }
}
