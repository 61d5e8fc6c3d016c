using Policy.Compiler.Diagnostics;

namespace Policy.Lint;

/// <summary>A file that was linted: its text (for source lines) and its diagnostics.</summary>
internal sealed record LintedFile(string Path, SourceText Source, IReadOnlyList<Diagnostic> Diagnostics);
