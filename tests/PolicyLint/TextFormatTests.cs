namespace Policy.Lint.Tests;

/// <summary>Text output: <c>FILE:LINE:COL: severity CODE: message</c>, the source line, and a caret under the span.</summary>
public class TextFormatTests
{
    [Fact]
    public void The_quickstart_is_rejected_on_tls_at_the_line_of_on_http_request()
    {
        using var tree = new TempTree();
        var file = tree.Write("quickstart.yml", Policies.Quickstart);
        var result = LintHarness.Run(file);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            $"{file}:1:1: error TP2230: invalid phase 'on_http_request' for protocol 'tls': a tls endpoint has only on_tcp_connect (HTTP phases exist only on http and https endpoints)\n" +
            "    on_http_request:\n" +
            "    ^~~~~~~~~~~~~~~\n",
            result.Stdout);
        Assert.Equal(0, LintHarness.Run("--scheme", "https", file).ExitCode);
    }

    [Fact]
    public void The_caret_underlines_the_span_inside_a_quoted_expression()
    {
        using var tree = new TempTree();
        var file = tree.Write("p.yml", "on_tcp_connect:\n  - expressions:\n      - \"conn.tls.sni == \\\"a\\\" && &&\"\n    actions:\n      - type: deny\n");
        var result = LintHarness.Run(file);
        // (The parser then also reports the unexpected end of the expression.)
        Assert.StartsWith(
            $"{file}:3:35: error CEL1001: unexpected '&&'; expected an expression\n" +
            "          - \"conn.tls.sni == \\\"a\\\" && &&\"\n" +
            new string(' ', 4 + 34) + "^~\n",
            result.Stdout);
    }

    [Fact]
    public void Tabs_in_the_source_line_are_shown_as_spaces_so_the_caret_lines_up()
    {
        using var tree = new TempTree();
        var file = tree.Write("p.json", "{\"on_tcp_connect\":\t[{\"actions\": []}]}");
        var result = LintHarness.Run(file);
        Assert.Contains("    {\"on_tcp_connect\": [{\"actions\": []}]}\n", result.Stdout);
        Assert.Contains("\n" + new string(' ', 4 + 32) + "^~\n", result.Stdout);
    }

    [Fact]
    public void Diagnostics_of_several_files_come_file_by_file_in_argument_order()
    {
        using var tree = new TempTree();
        var b = tree.Write("b.yml", Policies.UnknownAction);
        var a = tree.Write("a.yml", Policies.Quickstart);
        var result = LintHarness.Run(b, a);
        Assert.True(result.Stdout.IndexOf(b, StringComparison.Ordinal) < result.Stdout.IndexOf(a, StringComparison.Ordinal), result.Stdout);
        Assert.Equal(6, result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
