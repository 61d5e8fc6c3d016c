using Policy.Compiler.Emit;
using Policy.Compiler.TrafficPolicy;
using Policy.Lint.Output;

namespace Policy.Lint;

/// <summary>
/// <c>policy-lint compile POLICY -o OUT.dll</c>: checks the policy, and when it has no errors
/// writes the Roslyn-compiled policy assembly with a manifest (policy hash, generated-source hash,
/// compiler version). The proxy uses such an artifact when its hash matches the policy it loads.
/// </summary>
internal static class CompileCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var (options, output, error) = CommandLine.Parse(args, allowOutput: true);
        if (options is null || output is null || options.Paths is not [var path] || path == "-")
        {
            stderr.WriteLine($"policy-lint: {error ?? "compile takes one policy file and -o OUT.dll"}");
            stderr.WriteLine(CommandLine.Usage);
            return 2;
        }
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"policy-lint: cannot read '{path}': {e.Message}");
            return 2;
        }

        var compilation = PolicyCompiler.Compile(text, path, options.Context);
        var file = new LintedFile(path, new Compiler.Diagnostics.SourceText(text, path), compilation.Diagnostics);
        stdout.Write(TextFormatter.Format([file]));
        if (!compilation.Success)
        {
            stderr.WriteLine($"policy-lint: {path} has errors; nothing was written");
            return 1;
        }
        var hash = PolicyHash.Compute(text, options.Context);
        var image = RoslynBackend.CompileArtifact(compilation.Policy!, hash);
        try
        {
            File.WriteAllBytes(output, image);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"policy-lint: cannot write '{output}': {e.Message}");
            return 2;
        }
        stderr.WriteLine($"policy-lint: wrote {output} ({image.Length} bytes, policy hash {hash[..16]})");
        return 0;
    }
}
