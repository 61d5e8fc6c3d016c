using System.Reflection;

namespace Policy.Compiler.Diagnostics;

/// <summary>
/// The one catalogue of diagnostic codes. Numbers are never reused: a retired code stays here
/// commented out. <c>CEL1xxx</c> are CEL syntax errors, <c>CEL2xxx</c> CEL type-check errors,
/// <c>TPnnnn</c> Traffic Policy checks (reusing ngrok's ERR_NGROK number where ngrok has the same
/// check, and <c>TP0nnn</c> where it has none).
/// </summary>
public static partial class DiagnosticCatalog
{
    private static readonly Lazy<IReadOnlyDictionary<string, DiagnosticDescriptor>> ByCode = new(() =>
        typeof(DiagnosticCatalog).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToDictionary(d => d.Code, StringComparer.OrdinalIgnoreCase));

    /// <summary>Every descriptor.</summary>
    public static IEnumerable<DiagnosticDescriptor> All => ByCode.Value.Values.OrderBy(d => d.Code, StringComparer.Ordinal);

    /// <summary>Looks a code up (case-insensitive; <c>ERR_NGROK_2230</c> finds <c>TP2230</c>).</summary>
    public static DiagnosticDescriptor? Find(string code)
    {
        var c = code.Trim();
        if (c.StartsWith("ERR_NGROK_", StringComparison.OrdinalIgnoreCase)) c = "TP" + c["ERR_NGROK_".Length..];
        return ByCode.Value.GetValueOrDefault(c);
    }
}
