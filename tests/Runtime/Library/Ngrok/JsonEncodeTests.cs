using Policy.Runtime.Values;
using static Policy.Runtime.Tests.Library.Ngrok.Cel;
using F = Policy.Runtime.Library.Ngrok.NgrokFunctions;

namespace Policy.Runtime.Tests.Library.Ngrok;

public class JsonEncodeTests
{
    private static string Encode(CelValue item) => AsText(F.JsonEncode(List(item)))[1..^1];

    [Fact]
    public void Documented_examples()
    {
        Assert.Equal("""["a","b","c"]""", AsText(F.JsonEncode(CelList.OfStrings(["a", "b", "c"]))));
        Assert.Equal("""{"a":"b","c":"d"}""", AsText(F.JsonEncode(Map((Str("c"), Str("d")), (Str("a"), Str("b"))))));
        Assert.Equal("""{"charset":"UTF-8"}""", AsText(F.JsonEncode(Map((Str("charset"), Str("UTF-8"))))));
    }

    [Fact]
    public void Map_keys_are_sorted_by_code_point()
    {
        var map = Map((Str("é"), CelInt.Of(1)), (Str("z"), CelInt.Of(2)), (Str("Z"), CelInt.Of(3)),
            (Str("😀"), CelInt.Of(4)), (Str("\uffff"), CelInt.Of(5)));
        Assert.Equal("{\"Z\":3,\"z\":2,\"é\":1,\"\uffff\":5,\"😀\":4}", AsText(F.JsonEncode(map)));
    }

    [Fact]
    public void Integer_keys_are_written_as_strings_and_sorted_as_strings()
    {
        var map = Map((CelInt.Of(10), Str("a")), (CelInt.Of(9), Str("b")), (CelInt.Of(-1), Str("c")), (CelUint.Of(7), Str("d")));
        Assert.Equal("""{"-1":"c","10":"a","7":"d","9":"b"}""", AsText(F.JsonEncode(map)));
    }

    [Fact]
    public void Bool_keys_and_keys_that_collide_after_conversion_are_errors()
    {
        Assert.Equal("json: unsupported map key type: bool", AsError(F.JsonEncode(Map((CelBool.True, Str("x"))))));
        Assert.Equal("json: duplicate object key \"1\"", AsError(F.JsonEncode(Map((CelInt.Of(1), Str("x")), (Str("1"), Str("y"))))));
    }

    [Theory]
    [InlineData(0d, "0")]
    [InlineData(1d, "1")]
    [InlineData(-1d, "-1")]
    [InlineData(1.5, "1.5")]
    [InlineData(0.1, "0.1")]
    [InlineData(100d, "100")]
    [InlineData(1e6, "1000000")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(1e21, "1e+21")]
    [InlineData(123456789012345678d, "123456789012345680")]
    [InlineData(1e-6, "0.000001")]
    [InlineData(0.000001234, "0.000001234")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(1e100, "1e+100")]
    [InlineData(-2.5e-300, "-2.5e-300")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(double.MaxValue, "1.7976931348623157e+308")]
    [InlineData(12345.678, "12345.678")]
    [InlineData(-0d, "-0")]
    public void Doubles_are_written_as_go_writes_float64(double value, string expected)
    {
        Assert.Equal(expected, Encode(CelDouble.Of(value)));
    }

    [Theory]
    [InlineData(double.NaN, "json: unsupported value: NaN")]
    [InlineData(double.PositiveInfinity, "json: unsupported value: +Inf")]
    [InlineData(double.NegativeInfinity, "json: unsupported value: -Inf")]
    public void Non_finite_doubles_are_errors(double value, string message)
    {
        Assert.Equal(message, AsError(F.JsonEncode(List(CelDouble.Of(value)))));
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("<a href=\"x\">&amp;</a>", "\"\\u003ca href=\\\"x\\\"\\u003e\\u0026amp;\\u003c/a\\u003e\"")]
    [InlineData("line\nbreak\ttab\r", "\"line\\nbreak\\ttab\\r\"")]
    [InlineData("\0\u0001\u001f\u007f", "\"\\u0000\\u0001\\u001f\u007f\"")]
    [InlineData("\b\f", "\"\\b\\f\"")]
    [InlineData("\u2028\u2029", "\"\\u2028\\u2029\"")]
    [InlineData("émoji 😀", "\"émoji 😀\"")]
    [InlineData("back\\slash/", "\"back\\\\slash/\"")]
    public void Strings_are_escaped_as_go_does_by_default(string value, string expected)
    {
        Assert.Equal(expected, Encode(Str(value)));
    }

    [Fact]
    public void A_lone_surrogate_is_written_as_the_replacement_character()
    {
        Assert.Equal("\"lone \\ufffd half\"", Encode(Str("lone " + (char)0xD800 + " half")));
        Assert.Equal("\"\\ufffd\"", Encode(Str(((char)0xDC00).ToString())));
    }

    [Fact]
    public void Every_value_kind_has_a_json_form()
    {
        var ts = Assert.IsType<CelTimestamp>(CelTimestamp.Create(1_700_000_000, 500_000_000));
        var list = List(CelNull.Instance, CelBool.True, CelBool.False, CelInt.Of(long.MinValue), CelUint.Of(ulong.MaxValue),
            CelBytes.FromString("hi"), ts, CelDuration.Of(1_500_000_000), CelDuration.Of(-3_000_000_000), List(), CelMap.Empty);
        Assert.Equal("""[null,true,false,-9223372036854775808,18446744073709551615,"aGk=","2023-11-14T22:13:20.5Z","1.5s","-3s",[],{}]""",
            AsText(F.JsonEncode(list)));
    }

    [Fact]
    public void Types_and_optionals_cannot_be_encoded()
    {
        Assert.StartsWith("json: unsupported type:", AsError(F.JsonEncode(List(CelTypeValue.Of(Types.CelType.Int)))));
        Assert.StartsWith("json: unsupported type:", AsError(F.JsonEncode(List(CelOptional.Of(CelInt.Of(1))))));
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_an_error()
    {
        CelValue value = CelInt.Of(1);
        for (var i = 0; i < 128; i++) value = List(value);
        Assert.Equal(new string('[', 128) + "1" + new string(']', 128), AsText(F.JsonEncode((CelList)value)));
        Assert.Equal("json: exceeded max depth of 128", AsError(F.JsonEncode(List(value))));
    }

    [Theory]
    [InlineData("""{"a":[1,2.5,"x",{"b":null}],"c":true}""")]
    [InlineData("""[]""")]
    [InlineData("""{"z":[[],{}],"é":"\u003c😀\u003e"}""")]
    [InlineData("""[1e+21,1e-7,-0,0.1]""")]
    public void Decoding_then_encoding_gives_the_same_compact_text(string json)
    {
        var decoded = F.JsonDecode(json);
        var encoded = decoded is CelList l ? F.JsonEncode(l) : F.JsonEncode(Assert.IsAssignableFrom<CelMap>(decoded));
        Assert.Equal(json, AsText(encoded));
    }

    [Fact]
    public void Encoding_then_decoding_gives_an_equal_value()
    {
        var value = Map((Str("name"), Str("ngrok \"tp\"")), (Str("n"), CelDouble.Of(42)), (Str("tags"), CelList.OfStrings(["a", "<b>"])),
            (Str("nested"), Map((Str("ok"), CelBool.True), (Str("none"), CelNull.Instance))));
        Assert.True(value.CelEquals(F.JsonDecode(AsText(F.JsonEncode(value)))));
    }
}
