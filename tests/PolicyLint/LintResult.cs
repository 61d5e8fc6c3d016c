namespace Policy.Lint.Tests;

/// <summary>What one run of policy-lint produced.</summary>
public sealed record LintResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
