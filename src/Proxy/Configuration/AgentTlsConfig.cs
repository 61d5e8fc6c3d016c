using Policy.Compiler.Diagnostics;

namespace Policy.Proxy.Configuration;

/// <summary><c>agent_tls_termination</c>: terminate TLS here after the policy, with this certificate and optional client CAs.</summary>
public sealed record AgentTlsConfig(PemSource Certificate, PemSource Key, IReadOnlyList<PemSource> ClientCertificateAuthorities, SourceLocation Location);
