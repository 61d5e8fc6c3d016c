using Policy.Compiler.Diagnostics;
using Policy.Compiler.TrafficPolicy;
using Policy.Compiler.TrafficPolicy.Syntax;

namespace Policy.Lint;

/// <summary>
/// Lints files: a standalone policy in the chosen endpoint context, or a proxy configuration
/// (a document with <c>endpoints:</c>) with each endpoint's policy in that endpoint's context.
/// </summary>
internal sealed class Linter(LintOptions options, TextReader stdin)
{
    private static readonly string[] Extensions = [".yml", ".yaml", ".json"];

    /// <summary>Full paths of the policy files a proxy configuration of this run refers to.</summary>
    private readonly HashSet<string> _referenced = new(StringComparer.Ordinal);

    /// <summary>Results of files linted on their own, in the default context.</summary>
    private readonly HashSet<LintedFile> _standalone = new(ReferenceEqualityComparer.Instance);

    /// <summary>The files to lint for the given paths; an I/O problem is returned as an error message.</summary>
    public (List<LintedFile> Files, string? Error) Run()
    {
        var files = new List<LintedFile>();
        foreach (var path in options.Paths)
        {
            if (path == "-")
            {
                files.AddRange(LintText(stdin.ReadToEnd(), "<stdin>"));
                continue;
            }
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(System.IO.Path.GetExtension(f).ToLowerInvariant()))
                    .Order(StringComparer.Ordinal).ToList();
                if (found.Count == 0) return (files, $"no .yml, .yaml or .json files in folder '{path}'");
                foreach (var f in found)
                {
                    var (linted, error) = LintFile(f);
                    if (error is not null) return (files, error);
                    files.AddRange(linted);
                }
                continue;
            }
            var (result, fileError) = LintFile(path);
            if (fileError is not null) return (files, fileError);
            files.AddRange(result);
        }
        // A policy file that a proxy configuration of this run refers to (both found in one
        // folder, say) is checked in its endpoint's context; linting it again in the default
        // context would report errors that are not there (an https endpoint's on_http_request).
        files.RemoveAll(f => _standalone.Contains(f) && _referenced.Contains(System.IO.Path.GetFullPath(f.Path)));
        return (files, null);
    }

    private (IEnumerable<LintedFile>, string?) LintFile(string path)
    {
        try
        {
            return (LintText(File.ReadAllText(path), path), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return ([], $"cannot read '{path}': {e.Message}");
        }
    }

    private IEnumerable<LintedFile> LintText(string text, string path)
    {
        var source = new SourceText(text, path);
        var (root, readDiagnostics) = PolicyDocumentReader.Read(text, path);
        if (root is null || readDiagnostics.Any(d => d.IsError) || !EndpointPolicies.IsProxyConfig(root))
        {
            // The document is already read: compiling the tree, not the text, halves the work for
            // large policies (reading is a large share of linting). Reader warnings are merged by
            // the text overload, which is only needed when there are some.
            var compiled = root is null || readDiagnostics.Any(d => d.IsError)
                ? readDiagnostics
                : readDiagnostics.IsEmpty
                    ? PolicyCompiler.Compile(root, options.Context).Diagnostics
                    : PolicyCompiler.Compile(text, path, options.Context).Diagnostics;
            var standalone = new LintedFile(path, source, compiled);
            _standalone.Add(standalone);
            yield return standalone;
            yield break;
        }

        var diagnostics = new List<Diagnostic>(readDiagnostics);
        var configReporter = new DiagnosticReporter();
        var others = new List<LintedFile>();
        foreach (var endpoint in EndpointPolicies.Find(root, configReporter))
        {
            if (endpoint is { Inline: not null, File: { } both })
            {
                // The proxy refuses such an endpoint too (PX0001); linting only one would hide it.
                diagnostics.Add(Diagnostic.Create(DiagnosticCatalog.PolicyParseError, both.Location,
                    $"endpoint '{endpoint.Name}': give traffic_policy or traffic_policy_file, not both"));
                continue;
            }
            if (endpoint.Inline is { } inline)
            {
                diagnostics.AddRange(PolicyCompiler.Compile(inline, endpoint.Context).Diagnostics);
            }
            else if (endpoint.File is { } file)
            {
                var policyPath = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path) ?? ".", file.Value);
                if (!File.Exists(policyPath))
                {
                    diagnostics.Add(Diagnostic.Create(DiagnosticCatalog.PolicyParseError, file.Location,
                        $"endpoint '{endpoint.Name}': traffic_policy_file '{file.Value}' does not exist"));
                    continue;
                }
                _referenced.Add(System.IO.Path.GetFullPath(policyPath));
                var policyText = File.ReadAllText(policyPath);
                others.Add(new LintedFile(policyPath, new SourceText(policyText, policyPath),
                    PolicyCompiler.Compile(policyText, policyPath, endpoint.Context).Diagnostics));
            }
        }
        diagnostics.AddRange(configReporter.ToImmutable());
        yield return new LintedFile(path, source, diagnostics.OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column).ToList());
        foreach (var other in others) yield return other;
    }
}
