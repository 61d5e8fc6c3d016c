using Policy.Compiler.Emit;
using Policy.Compiler.TrafficPolicy;
using Policy.Compiler.TrafficPolicy.Catalog;

namespace Policy.Lint.Tests;

public class CompileCommandTests
{
    private const string Policy = "on_tcp_connect:\n  - expressions: [\"conn.tls.sni.endsWith('.example.com')\"]\n    actions:\n      - type: deny\n";

    [Fact]
    public void Compile_writes_an_artifact_whose_manifest_matches_the_policy()
    {
        using var tree = new TempTree();
        var policy = tree.Write("policy.yml", Policy);
        var output = Path.Combine(tree.Root, "policy.dll");
        var result = LintHarness.Run("compile", policy, "-o", output);
        Assert.Equal(0, result.ExitCode);
        var manifest = RoslynBackend.Manifest(RoslynCompiler.Load(File.ReadAllBytes(output), "compile-test"));
        Assert.Equal(PolicyHash.Compute(Policy, EndpointContext.Default), manifest[RoslynBackend.PolicyHashKey]);
    }

    [Fact]
    public void Compile_refuses_a_policy_with_errors_and_writes_nothing()
    {
        using var tree = new TempTree();
        var policy = tree.Write("policy.yml", "on_http_request:\n  - actions:\n      - type: deny\n");
        var output = Path.Combine(tree.Root, "policy.dll");
        var result = LintHarness.Run("compile", policy, "-o", output);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("TP2230", result.Stdout);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("compile")]
    [InlineData("compile", "policy.yml")]
    [InlineData("compile", "a.yml", "b.yml", "-o", "x.dll")]
    public void Compile_usage_errors_exit_2(params string[] args) => Assert.Equal(2, LintHarness.Run(args).ExitCode);
}
