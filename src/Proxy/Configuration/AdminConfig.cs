using Policy.Compiler.Diagnostics;

namespace Policy.Proxy.Configuration;

/// <summary>The <c>admin:</c> section (served by the admin API; read and checked here).</summary>
public sealed record AdminConfig(HostPort Listen, string? Token, SourceLocation Location);
