namespace Policy.Compiler.Diagnostics;

/// <summary>A problem found in a policy or an expression: code, severity, where, and what.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, Severity Severity, SourceLocation Location, string Message)
{
    /// <summary>The stable code, such as <c>CEL2001</c> or <c>TP2230</c>.</summary>
    public string Code => Descriptor.Code;

    /// <summary>True for errors.</summary>
    public bool IsError => Severity == Severity.Error;

    /// <summary>A diagnostic with its descriptor's default severity.</summary>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceLocation location, string message) =>
        new(descriptor, descriptor.DefaultSeverity, location, message);

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Location.Path ?? "<input>"}:{Location.Line}:{Location.Column}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
