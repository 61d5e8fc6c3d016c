using System.Collections.Immutable;

namespace Policy.Compiler.Diagnostics;

/// <summary>Collects the diagnostics of a phase.</summary>
public sealed class DiagnosticReporter
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>The number of errors reported so far.</summary>
    public int ErrorCount { get; private set; }

    /// <summary>True when an error was reported.</summary>
    public bool HasErrors => ErrorCount > 0;

    /// <summary>Adds a diagnostic with the descriptor's default severity.</summary>
    public void Report(DiagnosticDescriptor descriptor, SourceLocation location, string message) =>
        Add(Diagnostic.Create(descriptor, location, message));

    /// <summary>Adds a diagnostic.</summary>
    public void Add(Diagnostic diagnostic)
    {
        _items.Add(diagnostic);
        if (diagnostic.IsError) ErrorCount++;
    }

    /// <summary>Adds several diagnostics.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) Add(d);
    }

    /// <summary>The diagnostics, in the order reported.</summary>
    public ImmutableArray<Diagnostic> ToImmutable() => [.. _items];
}
