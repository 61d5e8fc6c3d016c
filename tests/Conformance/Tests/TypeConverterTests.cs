using Policy.Conformance.Conversion;
using Policy.Conformance.Model;
using Policy.Conformance.TextFormat;
using Policy.Runtime.Types;

namespace Policy.Conformance.Tests;

public sealed class TypeConverterTests
{
    private static TypeProto Proto(string text) => TestFileReader.ReadType(TextParser.Parse(text));

    public static TheoryData<string, CelType> Convertible => new()
    {
        { "primitive: BOOL", CelType.Bool },
        { "primitive: INT64", CelType.Int },
        { "primitive: UINT64", CelType.Uint },
        { "primitive: DOUBLE", CelType.Double },
        { "primitive: STRING", CelType.String },
        { "primitive: BYTES", CelType.Bytes },
        { "dyn {}", CelType.Dyn },
        { "null: NULL_VALUE", CelType.Null },
        { "error {}", CelType.Error },
        { "well_known: TIMESTAMP", CelType.Timestamp },
        { "well_known: DURATION", CelType.Duration },
        { "well_known: ANY", CelType.Message("google.protobuf.Any") },
        { "message_type: 'pkg.Msg'", CelType.Message("pkg.Msg") },
        { "type_param: 'A'", CelType.Param("A") },
        { "list_type { elem_type { primitive: INT64 } }", CelType.List(CelType.Int) },
        { "map_type { key_type { primitive: STRING } value_type { dyn {} } }", CelType.Map(CelType.String, CelType.Dyn) },
        { "type { primitive: INT64 }", CelType.Type(CelType.Int) },
        { "type {}", CelType.TypeOfDyn },
        { "abstract_type { name: 'optional_type' parameter_types { primitive: STRING } }", CelType.Optional(CelType.String) },
        { "abstract_type { name: 'net.IP' }", CelType.IpAddress },
        { "list_type { elem_type { map_type { key_type { type_param: 'K' } value_type { list_type { elem_type { type_param: 'V' } } } } } }",
            CelType.List(CelType.Map(CelType.Param("K"), CelType.List(CelType.Param("V")))) },
    };

    [Theory]
    [MemberData(nameof(Convertible))]
    public void Types_convert_structurally(string text, CelType expected)
    {
        Assert.True(TypeConverter.TryConvert(Proto(text), out var type, out var problem), problem);
        Assert.Equal(expected, type);
    }

    [Theory]
    [InlineData("wrapper: INT64", "wrapper type INT64 needs protobuf support")]
    [InlineData("function { result_type { dyn {} } }", "function types have no CelType")]
    [InlineData("", "a Type message sets no kind")]
    [InlineData("list_type { elem_type { wrapper: BOOL } }", "wrapper type BOOL needs protobuf support")]
    public void Types_without_a_cel_type_report_why(string text, string reason)
    {
        Assert.False(TypeConverter.TryConvert(Proto(text), out _, out var problem));
        Assert.Equal(reason, problem);
    }
}
