using Policy.Compiler.Diagnostics;

namespace Policy.Proxy.Configuration;

/// <summary>One entry of <c>certificates:</c>: a PEM certificate (chain) and its key, each a path or PEM text.</summary>
public sealed record CertificateFileConfig(PemSource Certificate, PemSource Key, SourceLocation Location);
