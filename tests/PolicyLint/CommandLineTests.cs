namespace Policy.Lint.Tests;

/// <summary>Options and usage errors: a usage problem is exit status 2 with the usage on stderr and nothing on stdout.</summary>
public class CommandLineTests
{
    [Theory]
    [InlineData(new string[0], "no input")]
    [InlineData(new[] { "--scheme" }, "--scheme takes tls, tcp, http or https")]
    [InlineData(new[] { "--scheme", "ftp", "x.yml" }, "--scheme takes tls, tcp, http or https")]
    [InlineData(new[] { "--scheme=udp", "x.yml" }, "--scheme takes")]
    [InlineData(new[] { "--binding", "private", "x.yml" }, "--binding takes public or internal")]
    [InlineData(new[] { "--endpoint-type", "edge", "x.yml" }, "--endpoint-type takes agent or cloud")]
    [InlineData(new[] { "--format", "xml", "x.yml" }, "--format takes text, json, sarif or github")]
    [InlineData(new[] { "--format" }, "--format takes")]
    [InlineData(new[] { "--verbose", "x.yml" }, "unknown option '--verbose'")]
    [InlineData(new[] { "-x", "x.yml" }, "unknown option '-x'")]
    [InlineData(new[] { "-o", "out.dll", "x.yml" }, "unknown option '-o'")]
    [InlineData(new[] { "--scheme", "tls" }, "no input")]
    public void Usage_errors_exit_with_2_and_print_the_usage(string[] args, string message)
    {
        var result = LintHarness.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains($"policy-lint: {message}", result.Stderr);
        Assert.Contains("usage: policy-lint", result.Stderr);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_prints_the_usage_and_exits_0(string option)
    {
        var result = LintHarness.Run(option);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("usage: policy-lint [--scheme tls|tcp|http|https]", result.Stdout);
        Assert.Contains("policy-lint --explain CODE", result.Stdout);
    }

    [Theory]
    [InlineData("--scheme", "https")]
    [InlineData("--scheme=https", null)]
    [InlineData("--scheme=HTTP", null)]
    public void Scheme_is_taken_as_a_separate_or_an_attached_value(string option, string? value)
    {
        using var tree = new TempTree();
        var file = tree.Write("q.yml", Policies.Quickstart);
        var args = value is null ? new[] { option, file } : new[] { option, value, file };
        Assert.Equal(0, LintHarness.Run(args).ExitCode);
        Assert.Equal(1, LintHarness.Run(file).ExitCode);
    }

    [Fact]
    public void Options_may_follow_the_paths()
    {
        using var tree = new TempTree();
        var file = tree.Write("q.yml", Policies.Quickstart);
        Assert.Equal(0, LintHarness.Run(file, "--scheme", "https").ExitCode);
    }

    [Fact]
    public void Endpoint_type_cloud_requires_a_terminating_policy()
    {
        using var tree = new TempTree();
        var clean = tree.Write("clean.yml", Policies.Clean);
        var terminating = tree.Write("terminating.yml", Policies.Terminating);

        var cloud = LintHarness.Run("--endpoint-type", "cloud", clean);
        Assert.Equal(1, cloud.ExitCode);
        Assert.Contains("error TP2235:", cloud.Stdout);
        Assert.Equal(0, LintHarness.Run("--endpoint-type", "agent", clean).ExitCode);
        Assert.Equal(0, LintHarness.Run("--endpoint-type", "cloud", terminating).ExitCode);
    }

    [Fact]
    public void Binding_internal_is_accepted_and_kubernetes_is_refused_for_tls()
    {
        using var tree = new TempTree();
        var clean = tree.Write("clean.yml", Policies.Clean);
        Assert.Equal(0, LintHarness.Run("--binding", "internal", clean).ExitCode);

        var kubernetes = LintHarness.Run("--binding", "kubernetes", clean);
        Assert.Equal(1, kubernetes.ExitCode);
        Assert.Contains("error TP0007: the kubernetes binding is not supported for tls endpoints", kubernetes.Stdout);
        Assert.Equal(0, LintHarness.Run("--binding", "kubernetes", "--scheme", "tcp", clean).ExitCode);
    }
}
