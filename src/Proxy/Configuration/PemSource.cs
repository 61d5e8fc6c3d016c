using Policy.Compiler.Diagnostics;

namespace Policy.Proxy.Configuration;

/// <summary>
/// A certificate, key or CA as the config gives it: inline PEM text, or a path (relative paths
/// are relative to the config file's folder).
/// </summary>
public sealed record PemSource(string Value, string BaseDirectory, SourceLocation Location)
{
    /// <summary>True when <see cref="Value"/> is PEM text rather than a path.</summary>
    public bool IsInline => Value.Contains("-----BEGIN", StringComparison.Ordinal);

    /// <summary>The PEM text (reads the file for a path); null and a reason when it cannot be read.</summary>
    public string? Read(out string? error)
    {
        error = null;
        if (IsInline) return Value;
        var path = Path.Combine(BaseDirectory, Value);
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = $"cannot read '{Value}': {e.Message}";
            return null;
        }
    }
}
