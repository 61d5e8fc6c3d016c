using Policy.Conformance.Model;
using Policy.Conformance.TextFormat;

namespace Policy.Conformance.Tests;

public sealed class TestFileReaderTests
{
    private static SimpleTest OnlyTest(string testBody) =>
        TestFileReader.Parse($"name: \"f\"\nsection {{ name: \"s\" test {{ name: \"t\"\n{testBody}\n}} }}").Sections[0].Tests[0];

    [Fact]
    public void File_sections_and_tests_are_read_in_order()
    {
        var file = TestFileReader.Parse("""
            # proto-message: cel.expr.conformance.test.SimpleTestFile
            name: "basic"
            description: "Basic tests."
            section { name: "one" test { name: "a" expr: "1" } test { name: "b" expr: "2" } }
            section: { name: "two" description: "second" }
            """);
        Assert.Equal(("basic", "Basic tests."), (file.Name, file.Description));
        Assert.Equal(["one", "two"], file.Sections.Select(s => s.Name));
        Assert.Equal(["a", "b"], file.Sections[0].Tests.Select(t => t.Name));
        Assert.Equal("second", file.Sections[1].Description);
        Assert.Equal(4, file.Sections[0].Tests[0].Line);
    }

    [Fact]
    public void Test_flags_container_and_text_fields_are_read()
    {
        var t = OnlyTest("description: \"d\" expr: \"x\" \" + 1\" disable_check: true check_only: true disable_macros: true container: \"com.example\" locale: \"en\"");
        Assert.Equal(("d", "x + 1", "com.example", "en"), (t.Description, t.Expr, t.Container, t.Locale));
        Assert.True(t.DisableCheck && t.CheckOnly && t.DisableMacros);
    }

    [Fact]
    public void A_test_without_a_matcher_expects_true()
    {
        var t = OnlyTest("expr: \"true\"");
        Assert.True(t.Matcher.IsDefault);
        Assert.Equal(MatcherKind.Value, t.Matcher.Kind);
        Assert.True(t.Matcher.Value!.Bool);
    }

    [Fact]
    public void Bindings_map_names_to_the_inner_value()
    {
        var t = OnlyTest("""
            bindings { key: "x" value { value { int64_value: 123 } } }
            bindings: { key: "y" value: { value: { list_value { values { string_value: "a" } values { uint64_value: 2 } } } } }
            """);
        Assert.Equal(["x", "y"], t.Bindings.Keys);
        Assert.Equal(123, t.Bindings["x"].Int64);
        Assert.Equal([ValueProtoKind.String, ValueProtoKind.Uint64], t.Bindings["y"].Items.Select(i => i.Kind));
        Assert.Null(t.Unsupported);
    }

    [Fact]
    public void Every_value_kind_is_read()
    {
        var t = OnlyTest("""
            value { list_value {
              values { null_value: NULL_VALUE }
              values { bool_value: true }
              values { int64_value: -5 }
              values { uint64_value: 18446744073709551615 }
              values { double_value: -inf }
              values { string_value: "\303\277" }
              values { bytes_value: "\303\277\377" }
              values { type_value: "google.protobuf.Timestamp" }
              values { enum_value { type: "pkg.E" value: 2 } }
              values { object_value { [type.googleapis.com/pkg.Msg] { f: 1 } } }
              values { object_value { type_url: "type.googleapis.com/pkg.Other" value: "\001" } }
              values { map_value { entries { key { bool_value: true } value { int64_value: 1 } } } }
            } }
            """);
        var items = t.Matcher.Value!.Items;
        Assert.Equal(12, items.Length);
        Assert.Equal(ValueProtoKind.Null, items[0].Kind);
        Assert.True(items[1].Bool);
        Assert.Equal(-5, items[2].Int64);
        Assert.Equal(ulong.MaxValue, items[3].Uint64);
        Assert.Equal(double.NegativeInfinity, items[4].Double);
        Assert.Equal("ÿ", items[5].Text);
        Assert.Equal(new byte[] { 0xC3, 0xBF, 0xFF }, items[6].Bytes.ToArray());
        Assert.Equal((ValueProtoKind.Type, "google.protobuf.Timestamp"), (items[7].Kind, items[7].Text));
        Assert.Equal((ValueProtoKind.Enum, "pkg.E", 2L), (items[8].Kind, items[8].Text, items[8].Int64));
        Assert.Equal((ValueProtoKind.Object, "pkg.Msg"), (items[9].Kind, items[9].Text));
        Assert.Equal(1, items[9].ObjectBody!.Find("f")!.Scalar.AsInt64());
        Assert.Equal((ValueProtoKind.Object, "pkg.Other"), (items[10].Kind, items[10].Text));
        var entry = Assert.Single(items[11].Entries);
        Assert.Equal((true, 1L), (entry.Key.Bool, entry.Value.Int64));
    }

    [Fact]
    public void Typed_result_reads_the_value_and_the_deduced_type()
    {
        var t = OnlyTest("""
            typed_result {
              result { list_value {} }
              deduced_type { map_type { key_type { primitive: STRING } value_type { abstract_type { name: "optional_type" parameter_types { type_param: "T" } } } } }
            }
            """);
        Assert.Equal(MatcherKind.TypedResult, t.Matcher.Kind);
        Assert.Equal(ValueProtoKind.List, t.Matcher.Value!.Kind);
        var optional = new TypeProto(TypeProtoKind.Abstract, "optional_type", [TypeProto.Of(TypeProtoKind.TypeParam, "T")]);
        Assert.Equal(new TypeProto(TypeProtoKind.Map, "", [TypeProto.Of(TypeProtoKind.Primitive, "STRING"), optional]), t.Matcher.DeducedType);
    }

    [Fact]
    public void Every_type_kind_is_read()
    {
        var t = OnlyTest("""
            typed_result { deduced_type { function {
              result_type { dyn {} }
              arg_types { null: NULL_VALUE }
              arg_types { wrapper: INT64 }
              arg_types { well_known: DURATION }
              arg_types { list_type { elem_type { primitive: 5 } } }
              arg_types { message_type: "pkg.Msg" }
              arg_types { type { primitive: BOOL } }
              arg_types { type {} }
              arg_types { error {} }
            } } }
            """);
        Assert.Equal(
            "function(dyn, null, wrapper(INT64), DURATION, list(STRING), pkg.Msg, type(BOOL), type, error)",
            t.Matcher.DeducedType!.ToString());
    }

    [Fact]
    public void Eval_error_keeps_the_messages_as_hints()
    {
        var t = OnlyTest("eval_error { errors { message: \"no such overload\" code: 3 } errors { message: \"range\" } }");
        Assert.Equal(MatcherKind.EvalError, t.Matcher.Kind);
        Assert.Equal(["no such overload", "range"], t.Matcher.ErrorMessages.AsEnumerable());
    }

    [Fact]
    public void Type_env_declares_identifiers_and_functions()
    {
        var t = OnlyTest("""
            type_env { name: "x" ident { type { primitive: INT64 } } }
            type_env {
              name: "fn"
              function {
                overloads { overload_id: "fn_T_int" is_instance_function: true type_params: "T"
                  params { type_param: "T" } params { primitive: INT64 } result_type { list_type { elem_type { type_param: "T" } } } }
                overloads { overload_id: "fn_none" }
              }
            }
            """);
        Assert.Equal(2, t.TypeEnv.Length);
        Assert.Equal(("x", false), (t.TypeEnv[0].Name, t.TypeEnv[0].IsFunction));
        Assert.Equal(TypeProto.Of(TypeProtoKind.Primitive, "INT64"), t.TypeEnv[0].IdentType);
        var fn = t.TypeEnv[1];
        Assert.True(fn.IsFunction);
        Assert.Equal(["fn_T_int", "fn_none"], fn.Overloads.Select(o => o.Id));
        var o = fn.Overloads[0];
        Assert.True(o.IsInstance);
        Assert.Equal(["T"], o.TypeParams.AsEnumerable());
        Assert.Equal(["T", "INT64"], o.Params.Select(p => p.Name));
        Assert.Equal("list(T)", o.ResultType!.ToString());
        Assert.Null(fn.Overloads[1].ResultType);
    }

    [Theory]
    [InlineData("unknown { bindings { key: \"x\" } }", "result matcher 'unknown' is not supported")]
    [InlineData("any_eval_errors { }", "result matcher 'any_eval_errors' is not supported")]
    [InlineData("bindings { key: \"x\" value { error { } } }", "binding is an ExprValue 'error', which is not supported (binding 'x')")]
    public void Matchers_and_bindings_the_runner_cannot_handle_mark_the_test_unsupported(string body, string reason) =>
        Assert.Equal(reason, OnlyTest(body).Unsupported);

    [Theory]
    [InlineData("expr: \"1\"\nbogus: 1", 6, 1, "unknown field 'bogus' in SimpleTest")]
    [InlineData("value { int64_value: 1 bool_value: true }", 5, 24, "Value sets both 'int64_value' and 'bool_value'")]
    [InlineData("value { }", 5, 7, "Value sets no kind")]
    [InlineData("value { int64_value: 1 }\neval_error { }", 6, 1, "result matcher 'eval_error' conflicts with 'value' (line 5)")]
    [InlineData("value { uint64_value: -1 }", 5, 23, "-1 is negative, expected an unsigned integer")]
    [InlineData("value { string_value: 1 }", 5, 23, "expected a string, found 1")]
    [InlineData("value { null_value: NOTHING }", 5, 21, "unknown NullValue 'NOTHING'")]
    [InlineData("typed_result { deduced_type { primitive: LONG } }", 5, 42, "unknown enum constant 'LONG'")]
    [InlineData("value { map_value { entries { key { bool_value: true } } } }", 5, 21, "map entry needs both 'key' and 'value'")]
    [InlineData("[ext.x]: 1", 5, 1, "unexpected [ext.x] in SimpleTest")]
    [InlineData("value { object_value { value: \"\" } }", 5, 22, "Any has no type URL")]
    public void Schema_errors_are_reported_with_line_and_column(string body, int line, int column, string reason)
    {
        var text = "name: \"f\"\nsection {\n  name: \"s\"\n  test { name: \"t\"\n" + body + "\n} }";
        var e = Assert.Throws<TextFormatException>(() => TestFileReader.Parse(text));
        Assert.Equal((line, column, reason), (e.Line, e.Column, e.Reason));
    }
}
