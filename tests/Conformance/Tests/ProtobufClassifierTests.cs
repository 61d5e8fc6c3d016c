using Policy.Conformance.Running;

namespace Policy.Conformance.Tests;

public sealed class ProtobufClassifierTests
{
    private static string? Reason(string body, string file = "basic") => ProtobufClassifier.Reason(file, Snippets.Test(body));

    [Theory]
    [InlineData("proto2")]
    [InlineData("proto2_ext")]
    [InlineData("proto3")]
    [InlineData("dynamic")]
    [InlineData("enums")]
    [InlineData("wrappers")]
    public void Every_test_of_a_protobuf_file_is_protobuf(string file) =>
        Assert.Equal($"the {file} file exercises protobuf messages", Reason("expr: '1'", file));

    [Theory]
    [InlineData("TestAllTypes{}", "TestAllTypes")]
    [InlineData("NestedTestAllTypes{}.child", "NestedTestAllTypes")]
    [InlineData("google.protobuf.Int64Value{value: 1}", "google.protobuf.Int64Value")]
    [InlineData("google.protobuf.Timestamp == type(timestamp(0))", "google.protobuf.Timestamp")]
    [InlineData("[ . cel. expr .conformance. proto3. X{} ]", "cel.expr.conformance")]
    public void An_expression_naming_a_protobuf_type_is_protobuf(string expr, string name) =>
        Assert.Equal($"the expression names protobuf type {name}", Reason($"expr: \"{expr}\""));

    [Theory]
    [InlineData("cel.expr.conformance.proto3")]
    [InlineData("google.protobuf")]
    public void A_protobuf_package_container_makes_a_test_protobuf(string container) =>
        Assert.Equal($"the container {container} is a protobuf package", Reason($"expr: 'x' container: '{container}'"));

    [Theory]
    [InlineData("value { object_value { [type.googleapis.com/pkg.Msg] {} } }", "a value is a pkg.Msg message")]
    [InlineData("value { list_value { values { enum_value { type: 'pkg.E' value: 1 } } } }", "a value is a pkg.E enum")]
    [InlineData("value { type_value: 'google.protobuf.Int32Value' }", "a value is the message type google.protobuf.Int32Value")]
    [InlineData("bindings { key: 'x' value { value { object_value { type_url: 'type.googleapis.com/google.protobuf.Duration' } } } }", "a value is a google.protobuf.Duration message")]
    [InlineData("typed_result { deduced_type { message_type: 'pkg.Msg' } }", "a declared or deduced type is the message pkg.Msg")]
    [InlineData("type_env { name: 'x' ident { type { wrapper: INT64 } } }", "a declared or deduced type is the wrapper of INT64")]
    [InlineData("type_env { name: 'x' ident { type { list_type { elem_type { well_known: ANY } } } } }", "a declared or deduced type is google.protobuf.Any")]
    [InlineData("type_env { name: 'f' function { overloads { overload_id: 'f' params { message_type: 'pkg.M' } } } }", "a declared or deduced type is the message pkg.M")]
    public void Values_and_types_that_need_protobuf_make_a_test_protobuf(string body, string reason) =>
        Assert.Equal(reason, Reason("expr: 'x' " + body));

    [Theory]
    [InlineData("expr: 'type(timestamp(0)) == google_protobuf'")]
    [InlineData("expr: 'y' container: 'com.example'")]
    [InlineData("expr: 'x' value { type_value: 'google.protobuf.Timestamp' }")]
    [InlineData("expr: 'x' type_env { name: 'x' ident { type { map_type { key_type { primitive: STRING } value_type { well_known: DURATION } } } } }")]
    [InlineData("expr: 'x' typed_result { deduced_type { abstract_type { name: 'optional_type' parameter_types { dyn {} } } } }")]
    public void Core_tests_are_not_protobuf(string body) => Assert.Null(Reason(body));
}
