using System.Collections.Immutable;
using Policy.Compiler.Diagnostics;
using Policy.Compiler.Lowering;
using Policy.Compiler.TrafficPolicy.Binding;
using Policy.Compiler.TrafficPolicy.Catalog;
using Policy.Compiler.TrafficPolicy.Syntax;

namespace Policy.Compiler.TrafficPolicy;

/// <summary>
/// The policy compiler's front door: read (YAML or JSON) → bind and check for the endpoint →
/// IR. Each phase reports every error it can find; a later phase runs only when the earlier one
/// had no errors. Diagnostics come back sorted by position, at most <see cref="MaxDiagnostics"/>.
/// </summary>
public static class PolicyCompiler
{
    /// <summary>The most diagnostics reported for one policy; the rest are summarised.</summary>
    public const int MaxDiagnostics = 100;

    /// <summary>Compiles policy text (a standalone policy file).</summary>
    public static PolicyCompilation Compile(string text, string? path, EndpointContext context)
    {
        var (root, readDiagnostics) = PolicyDocumentReader.Read(text, path);
        if (root is null || readDiagnostics.Any(d => d.IsError)) return new PolicyCompilation(null, Finish(readDiagnostics));
        var (policy, diagnostics) = Bind(root, context);
        return new PolicyCompilation(policy, Finish(readDiagnostics.AddRange(diagnostics)));
    }

    /// <summary>Compiles a policy that was already read (e.g. the <c>traffic_policy</c> of a proxy config endpoint).</summary>
    public static PolicyCompilation Compile(PolicyNode root, EndpointContext context)
    {
        var (policy, diagnostics) = Bind(root, context);
        return new PolicyCompilation(policy, Finish(diagnostics));
    }

    // Unfinished (unsorted, uncapped) diagnostics: capping twice would cut the first summary line
    // and replace it with "1 more diagnostics were left out".
    private static (IrPolicy? Policy, ImmutableArray<Diagnostic> Diagnostics) Bind(PolicyNode root, EndpointContext context)
    {
        var contextDiagnostics = CheckContext(context, root.Location);
        if (contextDiagnostics.Any(d => d.IsError)) return (null, contextDiagnostics);
        var (policy, diagnostics) = PolicyBinder.Bind(root, context);
        return (policy, contextDiagnostics.AddRange(diagnostics));
    }

    private static ImmutableArray<Diagnostic> CheckContext(EndpointContext context, SourceLocation at)
    {
        if (context.Scheme == Scheme.Tls && context.Binding == EndpointBinding.Kubernetes)
        {
            return [Diagnostic.Create(DiagnosticCatalog.UnsupportedBinding, at,
                "the kubernetes binding is not supported for tls endpoints; use public or internal")];
        }
        return [];
    }

    /// <summary>Sorts by position and caps the list, noting how many were left out.</summary>
    private static ImmutableArray<Diagnostic> Finish(ImmutableArray<Diagnostic> diagnostics)
    {
        var sorted = diagnostics
            .Distinct()
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column)
            .ToList();
        if (sorted.Count <= MaxDiagnostics) return [.. sorted];
        var kept = sorted.Take(MaxDiagnostics).ToList();
        var last = kept[^1];
        kept.Add(new Diagnostic(last.Descriptor, Severity.Info, last.Location, sorted.Count - MaxDiagnostics == 1 ? "1 more diagnostic was left out" : $"{sorted.Count - MaxDiagnostics} more diagnostics were left out"));
        return [.. kept];
    }
}
