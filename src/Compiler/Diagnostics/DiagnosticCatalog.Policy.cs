namespace Policy.Compiler.Diagnostics;

public static partial class DiagnosticCatalog
{
    /// <summary>TP2236: the document is not valid YAML or JSON.</summary>
    public static readonly DiagnosticDescriptor PolicyParseError = new("TP2236", Severity.Error,
        "Policy is not valid YAML or JSON",
        "The traffic policy could not be parsed as YAML or JSON. The location points at the first character the parser " +
        "could not accept. Common causes: tabs used for indentation, an expression starting with '!' left unquoted " +
        "(YAML reads it as a tag), a missing closing quote, or a key without a colon.");

    /// <summary>TP0001: a key appears twice in one map.</summary>
    public static readonly DiagnosticDescriptor DuplicateKey = new("TP0001", Severity.Error,
        "Duplicate key",
        "A map has the same key twice. YAML parsers disagree about which value wins, so the policy is ambiguous; " +
        "remove or rename one of them.");
}
