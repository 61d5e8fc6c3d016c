using Policy.Compiler.TrafficPolicy.Syntax;

namespace Policy.Compiler.Tests.TrafficPolicy.Syntax;

/// <summary>Golden tests: JSON documents, their tree shape, scalar kinds and locations.</summary>
public class JsonTreeTests
{
    private static string Read(string text)
    {
        var (root, diagnostics) = PolicyDocumentReader.Read(text, "policy.json");
        Assert.True(diagnostics.IsEmpty, string.Join("\n", diagnostics));
        return TreePrinter.Print(root);
    }

    [Fact]
    public void A_json_policy_reads_into_the_same_tree_shape_as_yaml()
    {
        const string text = """
            {
              "on_tcp_connect": [
                {
                  "name": "allow office",
                  "expressions": ["conn.client_ip in ['10.1.2.3']", "!conn.tls.sni.endsWith(\"x\")"],
                  "actions": [{"type": "deny", "config": {"status_code": 403}}]
                }
              ]
            }
            """;
        Assert.Equal("""
            map 1:1-9:2
              String "on_tcp_connect" 2:3-2:19 =>
                list 2:21-8:4
                  map 3:5-7:6
                    String "name" 4:7-4:13 =>
                      String "allow office" 4:15-4:29
                    String "expressions" 5:7-5:20 =>
                      list 5:22-5:89
                        String "conn.client_ip in [\u002710.1.2.3\u0027]" 5:23-5:55
                        String "!conn.tls.sni.endsWith(\u0022x\u0022)" 5:57-5:88
                    String "actions" 6:7-6:16 =>
                      list 6:18-6:68
                        map 6:19-6:67
                          String "type" 6:20-6:26 =>
                            String "deny" 6:28-6:34
                          String "config" 6:36-6:44 =>
                            map 6:46-6:66
                              String "status_code" 6:47-6:60 =>
                                Integer "403" 6:62-6:65
            """, Read(text));
    }

    [Fact]
    public void Numbers_literals_and_empty_collections_get_their_kinds()
    {
        Assert.Equal("""
            list 1:1-1:66
              Integer "0" 1:2-1:3
              Integer "-12" 1:5-1:8
              Float "1.5" 1:10-1:13
              Float "-2e10" 1:15-1:20
              Float "3E-2" 1:22-1:26
              Boolean "true" 1:28-1:32
              Boolean "false" 1:34-1:39
              Null "null" 1:41-1:45
              String "" 1:47-1:49
              list 1:51-1:53
              map 1:55-1:57
              String "1" 1:59-1:62
              Integer "-0" 1:63-1:65
            """, Read("[0, -12, 1.5, -2e10, 3E-2, true, false, null, \"\", [], {}, \"1\",-0]"));
    }

    [Fact]
    public void Whitespace_before_the_document_is_allowed_and_lines_count_from_the_file_start()
    {
        Assert.Equal("""
            map 3:3-3:10
              String "a" 3:4-3:7 =>
                Integer "1" 3:8-3:9
            """, Read("\n\r\n  {\"a\":1}\n"));
    }
}
