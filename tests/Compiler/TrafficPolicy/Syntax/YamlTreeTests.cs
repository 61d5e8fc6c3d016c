using Policy.Compiler.TrafficPolicy.Syntax;

namespace Policy.Compiler.Tests.TrafficPolicy.Syntax;

/// <summary>Golden tests: small YAML documents, their tree shape, scalar kinds and locations.</summary>
public class YamlTreeTests
{
    private static string Read(string text)
    {
        var (root, diagnostics) = PolicyDocumentReader.Read(text, "policy.yaml");
        Assert.True(diagnostics.IsEmpty, string.Join("\n", diagnostics));
        return TreePrinter.Print(root);
    }

    [Fact]
    public void A_tls_policy_reads_into_maps_lists_and_located_scalars()
    {
        const string text = """
            on_tcp_connect:
              - name: allow office
                expressions:
                  - "conn.client_ip in ['10.1.2.3']"
                  - '!conn.tls.sni.endsWith(''.internal'')'
                actions:
                  - type: restrict-ips
                    config:
                      enforce: true
                      allow: [10.0.0.0/8, "192.168.0.0/16"]
                  - type: deny
                    config: {status_code: 403}
            """;
        Assert.Equal("""
            map 1:1-12:35
              String "on_tcp_connect" 1:1-1:15 =>
                list 2:3-12:35
                  map 2:5-12:35
                    String "name" 2:5-2:9 =>
                      String "allow office" 2:11-2:23
                    String "expressions" 3:5-3:16 =>
                      list 4:7-5:48
                        String "conn.client_ip in [\u002710.1.2.3\u0027]" 4:9-4:41
                        String "!conn.tls.sni.endsWith(\u0027.internal\u0027)" 5:9-5:48
                    String "actions" 6:5-6:12 =>
                      list 7:7-12:35
                        map 7:9-10:48
                          String "type" 7:9-7:13 =>
                            String "restrict-ips" 7:15-7:27
                          String "config" 8:9-8:15 =>
                            map 9:11-10:48
                              String "enforce" 9:11-9:18 =>
                                Boolean "true" 9:20-9:24
                              String "allow" 10:11-10:16 =>
                                list 10:18-10:48
                                  String "10.0.0.0/8" 10:19-10:29
                                  String "192.168.0.0/16" 10:31-10:47
                        map 11:9-12:35
                          String "type" 11:9-11:13 =>
                            String "deny" 11:15-11:19
                          String "config" 12:9-12:15 =>
                            map 12:17-12:35
                              String "status_code" 12:18-12:29 =>
                                Integer "403" 12:31-12:34
            """, Read(text));
    }

    [Theory]
    [InlineData("true", ScalarKind.Boolean)]
    [InlineData("False", ScalarKind.Boolean)]
    [InlineData("TRUE", ScalarKind.Boolean)]
    [InlineData("null", ScalarKind.Null)]
    [InlineData("NULL", ScalarKind.Null)]
    [InlineData("~", ScalarKind.Null)]
    [InlineData("", ScalarKind.Null)]
    [InlineData("0", ScalarKind.Integer)]
    [InlineData("-17", ScalarKind.Integer)]
    [InlineData("+5", ScalarKind.Integer)]
    [InlineData("0777", ScalarKind.Integer)]
    [InlineData("0x1F", ScalarKind.Integer)]
    [InlineData("0o17", ScalarKind.Integer)]
    [InlineData("1.5", ScalarKind.Float)]
    [InlineData("-1e3", ScalarKind.Float)]
    [InlineData(".5", ScalarKind.Float)]
    [InlineData("1.", ScalarKind.Float)]
    [InlineData("6.02E+23", ScalarKind.Float)]
    [InlineData(".inf", ScalarKind.Float)]
    [InlineData("-.Inf", ScalarKind.Float)]
    [InlineData(".NaN", ScalarKind.Float)]
    [InlineData("yes", ScalarKind.String)]
    [InlineData("on", ScalarKind.String)]
    [InlineData("tRUE", ScalarKind.String)]
    [InlineData("1_000", ScalarKind.String)]
    [InlineData("0b101", ScalarKind.String)]
    [InlineData("0x", ScalarKind.String)]
    [InlineData("0o8", ScalarKind.String)]
    [InlineData("1.2.3", ScalarKind.String)]
    [InlineData("1e", ScalarKind.String)]
    [InlineData(".", ScalarKind.String)]
    [InlineData("nan", ScalarKind.String)]
    [InlineData("-.nan", ScalarKind.String)]
    [InlineData("'true'", ScalarKind.String)]
    [InlineData("\"1\"", ScalarKind.String)]
    [InlineData("''", ScalarKind.String)]
    [InlineData("|\n  1", ScalarKind.String)]
    [InlineData(">-\n  null", ScalarKind.String)]
    [InlineData("!!str 1", ScalarKind.String)]
    [InlineData("! 1", ScalarKind.String)]
    [InlineData("!!int \"12\"", ScalarKind.Integer)]
    [InlineData("!!float 1", ScalarKind.Float)]
    [InlineData("!!bool true", ScalarKind.Boolean)]
    [InlineData("!!null ~", ScalarKind.Null)]
    public void Plain_scalars_resolve_by_the_core_schema_and_others_are_strings(string written, ScalarKind kind)
    {
        var (root, diagnostics) = PolicyDocumentReader.Read("value: " + written + "\n", null);
        Assert.Empty(diagnostics);
        var scalar = Assert.IsType<PolicyScalar>(Assert.IsType<PolicyMap>(root).Find("value")!.Value);
        Assert.Equal(kind, scalar.Kind);
    }

    [Fact]
    public void Block_collections_end_at_their_last_value_and_flow_collections_at_their_bracket()
    {
        Assert.Equal("""
            map 1:1-6:11
              String "a" 1:1-1:2 =>
                list 2:3-4:6
                  Integer "1" 2:5-2:6
                  String "x y" 3:5-4:6
              String "b" 6:1-6:2 =>
                map 6:4-6:11
                  String "c" 6:5-6:6 =>
                    list 6:8-6:10
            """, Read("a:\n  - 1\n  - x\n    y\n# comment\nb: {c: []}\n"));
    }

    [Fact]
    public void Anchors_and_aliases_expand_to_the_anchored_node_and_its_locations()
    {
        Assert.Equal("""
            map 1:1-3:12
              String "base" 1:1-1:5 =>
                map 1:12-1:31
                  String "status" 1:13-1:19 =>
                    Integer "403" 1:27-1:30
              String "copy" 2:1-2:5 =>
                map 1:12-1:31
                  String "status" 1:13-1:19 =>
                    Integer "403" 1:27-1:30
              String "name" 3:1-3:5 =>
                Integer "403" 1:27-1:30
            """, Read("base: &cfg {status: &code 403}\ncopy: *cfg\nname: *code\n"));
    }

    [Fact]
    public void Empty_values_and_keys_become_null_scalars_at_their_position()
    {
        Assert.Equal("""
            map 1:1-2:5
              String "a" 1:1-1:2 =>
                Null "" 1:3-1:3
              String "b" 2:1-2:2 =>
                Null "~" 2:4-2:5
            """, Read("a:\nb: ~\n"));
    }

    [Fact]
    public void A_byte_order_mark_is_not_counted_as_a_column()
    {
        Assert.Equal("""
            map 1:1-1:5
              String "a" 1:1-1:2 =>
                Integer "1" 1:4-1:5
            """, Read("\uFEFFa: 1\n"));
    }

    [Fact]
    public void Windows_line_endings_give_the_same_lines_and_columns()
    {
        Assert.Equal("""
            map 1:1-3:5
              String "a" 1:1-1:2 =>
                String "x y" 1:4-2:6
              String "b" 3:1-3:2 =>
                String "z" 3:4-3:5
            """, Read("a: \"x\r\n   y\"\r\nb: z\r\n"));
    }
}
