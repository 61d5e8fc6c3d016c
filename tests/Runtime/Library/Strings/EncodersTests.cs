using System.Text;
using Policy.Runtime.Library.Strings;
using Policy.Runtime.Values;
using static Policy.Runtime.Tests.Library.Strings.Cel;

namespace Policy.Runtime.Tests.Library.Strings;

public class EncodersTests
{
    private static string Decoded(string text) => Encoding.UTF8.GetString(Assert.IsType<CelBytes>(EncoderFunctions.Base64Decode(text)).Span);

    [Fact]
    public void Encode_hello()
    {
        Assert.Equal("aGVsbG8=", EncoderFunctions.Base64Encode(CelBytes.FromString("hello")));
        Assert.Equal("", EncoderFunctions.Base64Encode(CelBytes.Empty));
        Assert.Equal("//79", EncoderFunctions.Base64Encode(CelBytes.Of([0xFF, 0xFE, 0xFD])));
    }

    [Fact]
    public void Decode_hello()
    {
        Assert.Equal("hello", Decoded("aGVsbG8="));
    }

    [Theory]
    [InlineData("aGVsbG8", "hello")]
    [InlineData("aGVsbA", "hell")]
    [InlineData("aGVsbA==", "hell")]
    [InlineData("aGVs", "hel")]
    [InlineData("", "")]
    [InlineData("aGVs\r\nbG8=\n", "hello")]
    public void Decode_accepts_missing_padding_and_line_breaks(string text, string expected)
    {
        Assert.Equal(expected, Decoded(text));
    }

    [Theory]
    [InlineData("aGVsbG8*")]
    [InlineData("aGV sbG8=")]
    [InlineData("aGVsbA=")]
    [InlineData("aGVsb")]
    [InlineData("aGVs=")]
    [InlineData("aG=Vz")]
    [InlineData("aGVsbA===")]
    [InlineData("aGVsbG8_")]
    [InlineData("=")]
    public void Decode_rejects_invalid_input(string text)
    {
        Assert.StartsWith("illegal base64 data at input byte", AsError(EncoderFunctions.Base64Decode(text)));
    }

    [Fact]
    public void Round_trip_of_all_byte_values()
    {
        var bytes = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        var encoded = EncoderFunctions.Base64Encode(CelBytes.Of(bytes));
        Assert.Equal(bytes, Assert.IsType<CelBytes>(EncoderFunctions.Base64Decode(encoded)).Span.ToArray());
        Assert.Equal(bytes, Assert.IsType<CelBytes>(EncoderFunctions.Base64Decode(encoded.TrimEnd('='))).Span.ToArray());
    }

    [Fact]
    public void Encoders_library_declares_base64()
    {
        var encoders = new EncodersLibrary();
        Assert.Equal("encoders", encoders.Name);
        var encode = Assert.Single(encoders.Functions, f => f.Name == "base64.encode");
        var decode = Assert.Single(encoders.Functions, f => f.Name == "base64.decode");
        var encodeOverload = Assert.Single(encode.Overloads);
        var decodeOverload = Assert.Single(decode.Overloads);
        Assert.Equal("base64_encode_bytes", encodeOverload.Id);
        Assert.Equal("base64_decode_string", decodeOverload.Id);
        Assert.False(encodeOverload.IsInstance);
        Assert.Equal("aGVsbG8=", AsText(encodeOverload.Invoke([CelBytes.FromString("hello")])));
        Assert.Equal(CelBytes.FromString("hello"), decodeOverload.Invoke([Str("aGVsbG8=")]));
        Assert.False(encodeOverload.Accepts([Str("hello")]));
    }
}
