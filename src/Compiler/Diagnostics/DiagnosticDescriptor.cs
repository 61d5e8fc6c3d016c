namespace Policy.Compiler.Diagnostics;

/// <summary>
/// One entry of the diagnostic catalogue: a stable code that is never reused, its default
/// severity, a one-line title, and the explanation that <c>policy-lint --explain</c> prints.
/// </summary>
public sealed record DiagnosticDescriptor(string Code, Severity DefaultSeverity, string Title, string Explanation);
