using Policy.Conformance.TextFormat;

namespace Policy.Conformance.Tests;

public sealed class StringEscapeTests
{
    private static byte[] Bytes(string quoted) => TextParser.Parse("s: " + quoted).Fields[0].Scalar.AsBytes();

    [Theory]
    [InlineData(@"'\303\277'", new byte[] { 0xC3, 0xBF })]
    [InlineData(@"'\0\12\1234'", new byte[] { 0, 10, 0x53, (byte)'4' })]
    [InlineData(@"'\377'", new byte[] { 0xFF })]
    [InlineData(@"'\x41\xff\xA'", new byte[] { 0x41, 0xFF, 0x0A })]
    [InlineData(@"'\x414'", new byte[] { 0x41, (byte)'4' })]
    [InlineData(@"'\u00ff'", new byte[] { 0xC3, 0xBF })]
    [InlineData(@"'\u20AC'", new byte[] { 0xE2, 0x82, 0xAC })]
    [InlineData(@"'\U0001F600'", new byte[] { 0xF0, 0x9F, 0x98, 0x80 })]
    [InlineData(@"'\ud83d\ude00'", new byte[] { 0xF0, 0x9F, 0x98, 0x80 })]
    [InlineData(@"'\a\b\f\n\r\t\v'", new byte[] { 7, 8, 12, 10, 13, 9, 11 })]
    [InlineData(@"'\\\'\""\?'", new byte[] { (byte)'\\', (byte)'\'', (byte)'"', (byte)'?' })]
    [InlineData(@"""it's""", new byte[] { (byte)'i', (byte)'t', (byte)'\'', (byte)'s' })]
    public void Escapes_produce_the_right_bytes(string quoted, byte[] expected) =>
        Assert.Equal(expected, Bytes(quoted));

    [Fact]
    public void Bytes_that_are_not_utf8_are_kept_raw_but_rejected_as_a_string()
    {
        var scalar = TextParser.Parse(@"s: '\377\000'").Fields[0].Scalar;
        Assert.Equal(new byte[] { 0xFF, 0 }, scalar.AsBytes());
        var e = Assert.Throws<TextFormatException>(() => scalar.AsString());
        Assert.Equal((1, 4), (e.Line, e.Column));
        Assert.Contains("UTF-8", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Escaped_utf8_decodes_to_the_character_in_a_string() =>
        Assert.Equal("ÿ", TextParser.Parse(@"s: ""\303\277""").Fields[0].Scalar.AsString());

    [Theory]
    [InlineData(@"s: 'ab\s'", 1, 7, "unknown escape '\\s'")]
    [InlineData(@"s: '\400'", 1, 5, "octal escape above \\377")]
    [InlineData(@"s: '\xZZ'", 1, 5, "\\x needs at least 1 hex digit")]
    [InlineData(@"s: '\u12'", 1, 5, "\\u needs exactly 4 hex digits")]
    [InlineData(@"s: '\U00110000'", 1, 5, "escape denotes an invalid code point")]
    [InlineData(@"s: '\ud83d'", 1, 5, "\\u escape of a high surrogate without")]
    [InlineData(@"s: '\ude00'", 1, 5, "\\u escape of a lone low surrogate")]
    [InlineData("s: 'abc\n'", 1, 4, "unterminated string")]
    [InlineData("x: 1\ns: \"abc", 2, 4, "unterminated string")]
    public void Bad_strings_are_reported_at_their_position(string text, int line, int column, string reason)
    {
        var e = Assert.Throws<TextFormatException>(() => TextParser.Parse(text));
        Assert.Equal((line, column), (e.Line, e.Column));
        Assert.StartsWith(reason, e.Reason, StringComparison.Ordinal);
    }
}
