using Policy.Compiler.Diagnostics;

namespace Policy.Proxy.Configuration;

/// <summary>
/// The diagnostic codes of the proxy's own configuration (policy diagnostics keep the compiler's
/// codes). They share the compiler's <see cref="Diagnostic"/> shape, so every problem of a config
/// load prints the same way: <c>FILE:LINE:COL: error CODE: message</c>.
/// </summary>
public static class ProxyDiagnostics
{
    /// <summary>A key or value of the config file is wrong.</summary>
    public static readonly DiagnosticDescriptor InvalidConfig = new("PX0001", Severity.Error,
        "Invalid proxy configuration", "A key or value of the proxy configuration file is not valid.");

    /// <summary>A key the config format does not have (often a typo).</summary>
    public static readonly DiagnosticDescriptor UnknownKey = new("PX0002", Severity.Error,
        "Unknown configuration key", "The proxy configuration has no such key; check the spelling.");

    /// <summary>A file the config names cannot be read.</summary>
    public static readonly DiagnosticDescriptor FileNotReadable = new("PX0003", Severity.Error,
        "File not readable", "A file named in the configuration does not exist or cannot be read.");

    /// <summary>A certificate or key cannot be used.</summary>
    public static readonly DiagnosticDescriptor BadCertificate = new("PX0004", Severity.Error,
        "Unusable certificate or key", "A PEM certificate or private key cannot be parsed, or they do not belong together.");

    /// <summary>Two endpoints claim the same URL without both enabling pooling, or share a name.</summary>
    public static readonly DiagnosticDescriptor EndpointConflict = new("PX0005", Severity.Error,
        "Endpoint conflict", "Endpoint names are unique; endpoints share a URL only when all of them set pooling_enabled.");

    /// <summary>Something that works but is probably not what was meant.</summary>
    public static readonly DiagnosticDescriptor Suspicious = new("PX0006", Severity.Warning,
        "Suspicious configuration", "The configuration is valid but probably does not do what was meant.");

    /// <summary>Creates a diagnostic.</summary>
    public static Diagnostic Error(DiagnosticDescriptor descriptor, SourceLocation at, string message) => Diagnostic.Create(descriptor, at, message);
}
