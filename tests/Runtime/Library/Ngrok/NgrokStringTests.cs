using Policy.Runtime.Values;
using static Policy.Runtime.Tests.Library.Ngrok.Cel;
using F = Policy.Runtime.Library.Ngrok.NgrokFunctions;

namespace Policy.Runtime.Tests.Library.Ngrok;

public class NgrokStringTests
{
    [Fact]
    public void Lower_and_upper_the_documented_example()
    {
        const string text = "Ärger in Österreich, ÉCOLE, İSTANBUL, ЙОГА!";
        Assert.Equal("ärger in österreich, école, istanbul, йога!", F.Lower(text));
        Assert.Equal("ÄRGER IN ÖSTERREICH, ÉCOLE, İSTANBUL, ЙОГА!", F.Upper(text));
    }

    [Theory]
    [InlineData("ı", "ı", "I")]
    [InlineData("ß", "ß", "ß")]
    [InlineData("ǅ", "ǆ", "Ǆ")]
    [InlineData("ſ", "ſ", "S")]
    [InlineData("ΣΑΣ", "σασ", "ΣΑΣ")]
    [InlineData("𐐀𐐨", "𐐨𐐨", "𐐀𐐀")]
    [InlineData("K", "k", "K")]
    [InlineData("abc-123", "abc-123", "ABC-123")]
    [InlineData("", "", "")]
    public void Case_mapping_is_per_code_point_as_go_does(string text, string lower, string upper)
    {
        Assert.Equal(lower, F.Lower(text));
        Assert.Equal(upper, F.Upper(text));
    }

    [Fact]
    public void Base64_string_helpers_the_documented_examples()
    {
        Assert.Equal("some:thing", AsText(F.DecodeBase64("c29tZTp0aGluZw==")));
        Assert.Equal("c29tZTp0aGluZw==", F.EncodeBase64("some:thing"));
    }

    [Fact]
    public void Base64_of_bytes_and_of_unicode_text()
    {
        Assert.Equal("//79", F.EncodeBase64(CelBytes.Of([0xFF, 0xFE, 0xFD])));
        Assert.Equal("", F.EncodeBase64(CelBytes.Empty));
        Assert.Equal("w6nwn5iA", F.EncodeBase64("é😀"));
        Assert.Equal("é😀", AsText(F.DecodeBase64("w6nwn5iA")));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("aGVsbG8=x")]
    public void DecodeBase64_rejects_bad_base64(string text)
    {
        Assert.StartsWith("illegal base64 data at input byte", AsError(F.DecodeBase64(text)));
    }

    [Fact]
    public void DecodeBase64_rejects_bytes_that_are_not_utf8()
    {
        Assert.Equal("decodeBase64: the decoded bytes are not valid UTF-8", AsError(F.DecodeBase64("//79")));
    }

    [Theory]
    [InlineData("username", "password1", "Basic dXNlcm5hbWU6cGFzc3dvcmQx")]
    [InlineData("", "", "Basic Og==")]
    [InlineData("Aladdin", "open sesame", "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==")]
    [InlineData("tést", "pässwörd:x", "Basic dMOpc3Q6cMOkc3N3w7ZyZDp4")]
    public void Basic_auth_header_value(string user, string password, string expected)
    {
        Assert.Equal(expected, F.BasicAuthEncode(user, password));
    }
}
