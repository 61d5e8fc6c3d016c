namespace Policy.Compiler.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum Severity
{
    /// <summary>Informational.</summary>
    Info,
    /// <summary>Suspicious but valid; an error under <c>--warnings-as-errors</c>.</summary>
    Warning,
    /// <summary>Invalid; compilation stops after the phase that reported it.</summary>
    Error,
}
