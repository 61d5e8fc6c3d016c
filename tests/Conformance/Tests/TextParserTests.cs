using System.Text;
using Policy.Conformance.TextFormat;

namespace Policy.Conformance.Tests;

public sealed class TextParserTests
{
    private static string Str(TextField f) => f.Scalar.AsString();

    [Fact]
    public void Scalar_fields_keep_their_names_and_values_in_order()
    {
        var m = TextParser.Parse("name: \"basic\"\ncount: 42\nkind: INT64");
        Assert.Equal(["name", "count", "kind"], m.Fields.Select(f => f.Name));
        Assert.Equal("basic", Str(m.Fields[0]));
        Assert.Equal(42, m.Fields[1].Scalar.AsInt64());
        Assert.Equal("INT64", m.Fields[2].Scalar.AsEnum());
    }

    [Theory]
    [InlineData("m { a: 1 }")]
    [InlineData("m: { a: 1 }")]
    [InlineData("m < a: 1 >")]
    [InlineData("m: < a: 1 >")]
    public void Every_message_delimiter_form_gives_the_same_tree(string text)
    {
        var m = TextParser.Parse(text).Find("m")!.Message;
        Assert.Equal(1, m.Find("a")!.Scalar.AsInt64());
    }

    [Fact]
    public void Nested_messages_are_parsed_to_any_depth()
    {
        var m = TextParser.Parse("a { b { c { d: 'deep' } } }");
        var d = m.Find("a")!.Message.Find("b")!.Message.Find("c")!.Message.Find("d")!;
        Assert.Equal("deep", Str(d));
    }

    [Fact]
    public void Repeated_fields_appear_once_per_occurrence_and_Find_takes_the_last()
    {
        var m = TextParser.Parse("v: 1 v: 2\nv: 3");
        Assert.Equal([1L, 2L, 3L], m.All("v").Select(f => f.Scalar.AsInt64()));
        Assert.Equal(3, m.Find("v")!.Scalar.AsInt64());
    }

    [Fact]
    public void List_form_expands_into_repeated_fields()
    {
        var m = TextParser.Parse("v: [1, 2, 3] w: [] x: [{a: 1}, {a: 2}]");
        Assert.Equal([1L, 2L, 3L], m.All("v").Select(f => f.Scalar.AsInt64()));
        Assert.Empty(m.All("w"));
        Assert.Equal([1L, 2L], m.All("x").Select(f => f.Message.Find("a")!.Scalar.AsInt64()));
    }

    [Fact]
    public void Commas_and_semicolons_separate_fields()
    {
        var m = TextParser.Parse("type_env: { name: \"x\", ident: { type: { primitive: INT64 } }; }");
        var env = m.Find("type_env")!.Message;
        Assert.Equal(["name", "ident"], env.Fields.Select(f => f.Name));
    }

    [Fact]
    public void Hash_comments_are_ignored_even_after_values()
    {
        var m = TextParser.Parse("# header\na: 1 # trailing\n# b: 2\nc: 'x#y'");
        Assert.Equal(["a", "c"], m.Fields.Select(f => f.Name));
        Assert.Equal("x#y", Str(m.Fields[1]));
    }

    [Fact]
    public void Adjacent_strings_are_concatenated_across_lines_and_quote_styles()
    {
        var m = TextParser.Parse("expr: \"1 + \"\n  '2'  \"\"\" == 3\"");
        Assert.Equal("1 + 2 == 3", Str(m.Fields[0]));
    }

    [Fact]
    public void Expanded_any_keeps_its_type_url_as_a_bracketed_field()
    {
        var m = TextParser.Parse("object_value {\n  [type.googleapis.com/cel.expr.conformance.proto3.TestAllTypes]\n  { single_int64: 1 }\n}");
        var any = m.Find("object_value")!.Message;
        var field = Assert.Single(any.Fields);
        Assert.True(field.IsBracketed);
        Assert.Equal("type.googleapis.com/cel.expr.conformance.proto3.TestAllTypes", field.Name);
        Assert.Equal(1, field.Message.Find("single_int64")!.Scalar.AsInt64());
        Assert.Null(any.Find(field.Name));
    }

    [Fact]
    public void Extension_fields_in_brackets_take_scalars_and_messages()
    {
        var m = TextParser.Parse("[cel.expr.conformance.proto2.int32_ext]: 42\n[pkg.nested_ext]: {}");
        Assert.Equal("cel.expr.conformance.proto2.int32_ext", m.Fields[0].Name);
        Assert.Equal(42, m.Fields[0].Scalar.AsInt64());
        Assert.Empty(m.Fields[1].Message.Fields);
    }

    [Fact]
    public void Negative_numbers_and_names_carry_their_sign()
    {
        var m = TextParser.Parse("a: -9223372036854775808 b: -inf c: - 2.5");
        Assert.Equal(long.MinValue, m.Fields[0].Scalar.AsInt64());
        Assert.Equal(double.NegativeInfinity, m.Fields[1].Scalar.AsDouble());
        Assert.Equal(-2.5, m.Fields[2].Scalar.AsDouble());
    }

    [Fact]
    public void Non_ascii_text_in_strings_is_kept_as_utf8()
    {
        var m = TextParser.Parse("expr: \"b'ÿ' + '😀'\"");
        Assert.Equal(Encoding.UTF8.GetBytes("b'ÿ' + '😀'"), m.Fields[0].Scalar.AsBytes());
        Assert.Equal("b'ÿ' + '😀'", Str(m.Fields[0]));
    }

    [Theory]
    [InlineData("a: 1\nb { c: 2 ", 2, 10, "missing '}' for the message opened at 2:3")]
    [InlineData("a: 1\n  b 2", 2, 5, "expected ':' or '{' after field 'b'")]
    [InlineData("a: }", 1, 4, "expected a value")]
    [InlineData("a: 1 }", 1, 6, "unexpected '}'")]
    [InlineData("a { b: 1 >", 1, 10, "expected a field name")]
    [InlineData("x: [1 2]", 1, 7, "expected ',' or ']'")]
    [InlineData("[a.b: 1", 1, 5, "expected ']'")]
    [InlineData("a: 1\n  b: $", 2, 6, "unexpected character '$'")]
    [InlineData("a: -\"s\"", 1, 5, "expected a number after '-'")]
    [InlineData("a: 12abc", 1, 6, "unexpected character 'a' in a number")]
    public void Malformed_text_is_reported_with_line_and_column(string text, int line, int column, string reason)
    {
        var e = Assert.Throws<TextFormatException>(() => TextParser.Parse(text));
        Assert.Equal((line, column), (e.Line, e.Column));
        Assert.StartsWith(reason, e.Reason, StringComparison.Ordinal);
        Assert.StartsWith($"{line}:{column}: ", e.Message, StringComparison.Ordinal);
    }
}
