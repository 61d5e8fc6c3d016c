using Policy.Conformance.TextFormat;

namespace Policy.Conformance.Tests;

public sealed class TextScalarTests
{
    private static TextScalar Scalar(string value) => TextParser.Parse("v: " + value).Fields[0].Scalar;

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("-1", -1L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("0x7fffffffffffffff", long.MaxValue)]
    [InlineData("-0x10", -16L)]
    [InlineData("017", 15L)]
    public void Int64_accepts_decimal_hex_and_octal(string text, long expected) =>
        Assert.Equal(expected, Scalar(text).AsInt64());

    [Theory]
    [InlineData("9223372036854775808")]
    [InlineData("-9223372036854775809")]
    [InlineData("1.5")]
    [InlineData("'1'")]
    [InlineData("BOOL")]
    public void Int64_rejects_what_does_not_fit(string text) =>
        Assert.Throws<TextFormatException>(() => Scalar(text).AsInt64());

    [Fact]
    public void Uint64_covers_the_full_range_and_rejects_negatives()
    {
        Assert.Equal(ulong.MaxValue, Scalar("18446744073709551615").AsUInt64());
        Assert.Throws<TextFormatException>(() => Scalar("18446744073709551616").AsUInt64());
        Assert.Throws<TextFormatException>(() => Scalar("-1").AsUInt64());
    }

    [Theory]
    [InlineData("0", 0.0)]
    [InlineData("-23.0", -23.0)]
    [InlineData("1e12", 1e12)]
    [InlineData("-1.797693e308", -1.797693e308)]
    [InlineData(".5", 0.5)]
    [InlineData("2.5f", 2.5)]
    [InlineData("inf", double.PositiveInfinity)]
    [InlineData("-inf", double.NegativeInfinity)]
    [InlineData("Infinity", double.PositiveInfinity)]
    [InlineData("-Infinity", double.NegativeInfinity)]
    public void Double_accepts_numbers_and_infinities(string text, double expected) =>
        Assert.Equal(expected, Scalar(text).AsDouble());

    [Fact]
    public void Double_accepts_nan_and_keeps_negative_zero()
    {
        Assert.True(double.IsNaN(Scalar("nan").AsDouble()));
        Assert.True(double.IsNaN(Scalar("NaN").AsDouble()));
        Assert.True(double.IsNegative(Scalar("-0.0").AsDouble()));
        Assert.Throws<TextFormatException>(() => Scalar("infinite").AsDouble());
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("t", true)]
    [InlineData("1", true)]
    [InlineData("false", false)]
    [InlineData("False", false)]
    [InlineData("f", false)]
    [InlineData("0", false)]
    public void Bool_accepts_the_text_format_spellings(string text, bool expected) =>
        Assert.Equal(expected, Scalar(text).AsBool());

    [Fact]
    public void Enum_takes_names_or_numbers_but_not_strings()
    {
        Assert.Equal("NULL_VALUE", Scalar("NULL_VALUE").AsEnum());
        Assert.Equal("2", Scalar("2").AsEnum());
        var e = Assert.Throws<TextFormatException>(() => Scalar("'INT64'").AsEnum());
        Assert.Equal((1, 4), (e.Line, e.Column));
    }
}
