using System.Net;
using Policy.Compiler.Diagnostics;

namespace Policy.Proxy.Configuration;

/// <summary>One address the public TLS listener binds.</summary>
public sealed record ListenAddress(string Text, IPEndPoint EndPoint, SourceLocation Location);
