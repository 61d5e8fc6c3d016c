using Policy.Compiler.Diagnostics;

namespace Policy.Proxy.Configuration;

/// <summary>
/// An agent endpoint's upstream: <c>host:port</c> (the client's bytes pass through) or
/// <c>tls://host:port</c> (after termination here, the plaintext is re-encrypted to it).
/// </summary>
public sealed record UpstreamConfig(string Url, HostPort Address, bool Tls, int ProxyProtocol, SourceLocation Location);
