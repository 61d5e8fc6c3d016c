using Policy.Compiler.Diagnostics;

namespace Policy.Lint.Tests;

/// <summary><c>--explain CODE</c>: the title, severity and explanation of a code; unknown codes are usage errors.</summary>
public class ExplainTests
{
    [Theory]
    [InlineData("TP2230")]
    [InlineData("tp2230")]
    [InlineData("ERR_NGROK_2230")]
    [InlineData("err_ngrok_2230")]
    public void A_known_code_or_its_ngrok_alias_is_explained(string code)
    {
        var result = LintHarness.Run("--explain", code);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("TP2230: Invalid phase for the protocol (error)\n\n", result.Stdout);
        Assert.Contains("TLS and TCP endpoints have a single phase, on_tcp_connect", result.Stdout);
        Assert.Equal("", result.Stderr);
    }

    [Theory]
    [InlineData("TP9999")]
    [InlineData("ERR_NGROK_9999")]
    [InlineData("nonsense")]
    public void An_unknown_code_exits_with_2(string code)
    {
        var result = LintHarness.Run("--explain", code);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal($"policy-lint: unknown diagnostic code '{code}'; codes look like TP2230 or CEL2001\n", result.Stderr);
    }

    [Fact]
    public void Explain_without_a_code_exits_with_2()
    {
        var result = LintHarness.Run("--explain");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--explain takes one diagnostic code", result.Stderr);
    }

    [Fact]
    public void Every_code_of_the_catalogue_can_be_explained()
    {
        var codes = DiagnosticCatalog.All.ToList();
        Assert.Contains(codes, d => d.Code == "TP2205");
        Assert.Contains(codes, d => d.Code.StartsWith("CEL", StringComparison.Ordinal));
        foreach (var d in codes)
        {
            var result = LintHarness.Run("--explain", d.Code);
            Assert.Equal(0, result.ExitCode);
            Assert.StartsWith($"{d.Code}: {d.Title} (", result.Stdout);
            Assert.True(result.Stdout.Length > d.Title.Length + 30, $"{d.Code} has almost no explanation");
        }
    }
}
