using Policy.Conformance.Conversion;
using Policy.Conformance.Model;
using Policy.Conformance.TextFormat;
using Policy.Runtime.Types;
using Policy.Runtime.Values;

namespace Policy.Conformance.Tests;

public sealed class ValueConverterTests
{
    private static ValueProto Proto(string text) => TestFileReader.ReadValue(TextParser.Parse(text));

    private static CelValue Convert(string text)
    {
        Assert.True(ValueConverter.TryConvert(Proto(text), out var value, out var problem), problem);
        return value;
    }

    private static string Problem(string text)
    {
        Assert.False(ValueConverter.TryConvert(Proto(text), out _, out var problem));
        return problem;
    }

    [Fact]
    public void Scalars_keep_their_kind()
    {
        Assert.Same(CelNull.Instance, Convert("null_value: NULL_VALUE"));
        Assert.Equal((CelKind.Bool, true), (Convert("bool_value: true").Kind, ((CelBool)Convert("bool_value: true")).Value));
        Assert.Equal(long.MinValue, Assert.IsType<CelInt>(Convert("int64_value: -9223372036854775808")).Value);
        Assert.Equal(ulong.MaxValue, Assert.IsType<CelUint>(Convert("uint64_value: 18446744073709551615")).Value);
        Assert.Equal(-0.5, Assert.IsType<CelDouble>(Convert("double_value: -0.5")).Value);
        Assert.Equal("ÿ", Assert.IsType<CelString>(Convert(@"string_value: '\303\277'")).Value);
    }

    [Fact]
    public void Bytes_are_kept_raw()
    {
        var bytes = Assert.IsType<CelBytes>(Convert(@"bytes_value: '\377\000a'"));
        Assert.Equal(new byte[] { 0xFF, 0, (byte)'a' }, bytes.Span.ToArray());
    }

    [Fact]
    public void Lists_convert_element_by_element_in_order()
    {
        var list = Assert.IsType<CelList>(Convert("list_value { values { int64_value: 1 } values { uint64_value: 1 } values { double_value: 1 } }"), exactMatch: false);
        Assert.Equal([CelKind.Int, CelKind.Uint, CelKind.Double], list.Select(v => v.Kind));
    }

    [Fact]
    public void Maps_accept_bool_int_uint_and_string_keys()
    {
        var map = Assert.IsType<CelMap>(Convert("""
            map_value {
              entries { key { bool_value: true } value { string_value: "b" } }
              entries { key { int64_value: -1 } value { string_value: "i" } }
              entries { key { uint64_value: 2 } value { string_value: "u" } }
              entries { key { string_value: "k" } value { list_value { } } }
            }
            """), exactMatch: false);
        Assert.Equal(4, map.Count);
        Assert.Equal([CelKind.Bool, CelKind.Int, CelKind.Uint, CelKind.String], map.Keys.Select(k => k.Kind));
        Assert.True(map.TryGetValue(CelUint.Of(2), out var u));
        Assert.Equal("u", ((CelString)u).Value);
    }

    [Fact]
    public void Maps_with_keys_cel_rejects_do_not_convert()
    {
        Assert.StartsWith("invalid map", Problem("map_value { entries { key { double_value: 1 } value { int64_value: 1 } } }"), StringComparison.Ordinal);
        Assert.StartsWith("invalid map", Problem("map_value { entries { key { int64_value: 0 } value { int64_value: 1 } } entries { key { uint64_value: 0 } value { int64_value: 2 } } }"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("int", TypeKind.Int)]
    [InlineData("uint", TypeKind.Uint)]
    [InlineData("double", TypeKind.Double)]
    [InlineData("bool", TypeKind.Bool)]
    [InlineData("string", TypeKind.String)]
    [InlineData("bytes", TypeKind.Bytes)]
    [InlineData("null_type", TypeKind.Null)]
    [InlineData("type", TypeKind.Type)]
    [InlineData("list", TypeKind.List)]
    [InlineData("map", TypeKind.Map)]
    [InlineData("google.protobuf.Timestamp", TypeKind.Timestamp)]
    [InlineData("google.protobuf.Duration", TypeKind.Duration)]
    [InlineData("optional_type", TypeKind.Opaque)]
    [InlineData("net.IP", TypeKind.Opaque)]
    [InlineData("google.protobuf.Int64Value", TypeKind.Message)]
    [InlineData("cel.expr.conformance.proto3.TestAllTypes", TypeKind.Message)]
    [InlineData("example.Custom", TypeKind.Opaque)]
    public void Type_values_map_names_to_types(string name, TypeKind kind)
    {
        var value = Assert.IsType<CelTypeValue>(Convert($"type_value: \"{name}\""));
        Assert.Equal((name, kind), (value.Name, value.Denoted.Kind));
    }

    [Fact]
    public void Messages_and_enums_do_not_convert()
    {
        Assert.Contains("protobuf", Problem("object_value { [type.googleapis.com/pkg.Msg] { } }"), StringComparison.Ordinal);
        Assert.Contains("protobuf", Problem("enum_value { type: \"pkg.E\" value: 1 }"), StringComparison.Ordinal);
        Assert.Contains("protobuf", Problem("list_value { values { enum_value { type: \"pkg.E\" } } }"), StringComparison.Ordinal);
    }
}
