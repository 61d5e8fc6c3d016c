using Policy.Compiler.TrafficPolicy.Syntax;

namespace Policy.Compiler.Tests.TrafficPolicy.Syntax;

/// <summary>Strict JSON: every syntax error is located exactly and says how to fix it.</summary>
public class JsonErrorTests
{
    [Theory]
    [InlineData("{\"a\": 1,}", "TP2236 1:8", "trailing comma before '}'")]
    [InlineData("[1, 2,]", "TP2236 1:6", "trailing comma before ']'")]
    [InlineData("{\n  // comment\n  \"a\": 1\n}", "TP2236 2:3", "JSON does not allow comments")]
    [InlineData("{\"a\": /* c */ 1}", "TP2236 1:7", "JSON does not allow comments")]
    [InlineData("{'a': 1}", "TP2236 1:2", "not single quotes")]
    [InlineData("{a: 1}", "TP2236 1:2", "Expected a key in double quotes, found 'a'")]
    [InlineData("{\"a\": 1\n \"b\": 2}", "TP2236 2:2", "a ',' is missing before this key")]
    [InlineData("{\"a\" 1}", "TP2236 1:6", "Expected ':' after the key \"a\", found '1'")]
    [InlineData("{\"a\": \"abc", "TP2236 1:7", "never closed")]
    [InlineData("{\"a\": \"ab\nc\"}", "TP2236 1:10", "cannot span lines")]
    [InlineData("[\t\"\u0001\"]", "TP2236 1:4", "control character U+0001")]
    [InlineData("{\"a\": \"\\d\"}", "TP2236 1:8", "'\\d' is not a JSON escape")]
    [InlineData("{\"a\": \"\\u12G4\"}", "TP2236 1:8", "exactly four hexadecimal digits")]
    [InlineData("{\"a\": 01}", "TP2236 1:7", "write 1 rather than 01")]
    [InlineData("[-00.5]", "TP2236 1:3", "write -0.5 rather than -00.5")]
    [InlineData("{\"a\": 1.}", "TP2236 1:9", "digit after the decimal point")]
    [InlineData("[1e]", "TP2236 1:4", "digit in the exponent")]
    [InlineData("[-]", "TP2236 1:3", "digit after '-'")]
    [InlineData("[.5]", "TP2236 1:2", "write 0.5")]
    [InlineData("[+1]", "TP2236 1:2", "no '+' sign")]
    [InlineData("[0x1F]", "TP2236 1:2", "'0x1F' is not a JSON number")]
    [InlineData("{\"a\": True}", "TP2236 1:7", "lower case")]
    [InlineData("[NaN]", "TP2236 1:2", "JSON has no 'NaN'")]
    [InlineData("[-Infinity]", "TP2236 1:2", "JSON has no '-Infinity'")]
    [InlineData("[yes]", "TP2236 1:2", "a string must be in double quotes: \"yes\"")]
    [InlineData("{\"a\": 1} x", "TP2236 1:10", "after the end of the JSON document")]
    [InlineData("[\"a\"]]", "TP2236 1:6", "after the end of the JSON document")]
    [InlineData("{\"a\": ", "TP2236 1:7", "ends where a value is expected")]
    [InlineData("{", "TP2236 1:2", "ends inside an object")]
    [InlineData("[1,\n 2", "TP2236 2:3", "ends inside a list")]
    [InlineData("[1 2]", "TP2236 1:4", "Expected ',' or ']' after this list item, found '2'")]
    [InlineData("{\"a\": [1, 2}", "TP2236 1:12", "found '}'")]
    [InlineData("[,]", "TP2236 1:2", "Expected a value, found ','")]
    public void Malformed_json_is_reported_where_the_problem_is(string text, string where, string message)
    {
        var (root, diagnostics) = PolicyDocumentReader.Read(text, "policy.json");
        Assert.Null(root);
        var d = Assert.Single(diagnostics);
        Assert.Equal(where, TreePrinter.Short(d));
        Assert.Contains(message, d.Message);
    }

    [Fact]
    public void Duplicate_keys_are_reported_at_the_second_key_and_the_first_value_is_kept()
    {
        var (root, diagnostics) = PolicyDocumentReader.Read("{\"a\": 1,\n \"a\": 2, \"b\": {\"c\": 1, \"c\": 2}}", "policy.json");
        Assert.Equal(["TP0001 2:2", "TP0001 2:24"], diagnostics.Select(TreePrinter.Short));
        Assert.Contains("first defined on line 1, column 2", diagnostics[0].Message);
        Assert.Equal("""
            map 1:1-2:32
              String "a" 1:2-1:5 =>
                Integer "1" 1:7-1:8
              String "b" 2:10-2:13 =>
                map 2:15-2:31
                  String "c" 2:16-2:19 =>
                    Integer "1" 2:21-2:22
            """, TreePrinter.Print(root));
    }
}
