using Policy.Compiler.Diagnostics;
using Policy.Runtime.Network;

namespace Policy.Compiler.Lowering;

/// <summary>An action of a rule, with its configuration typed and folded.</summary>
public abstract record IrAction(string Type, SourceLocation Location);

/// <summary><c>deny</c>: close the connection (or answer a status on HTTP).</summary>
public sealed record IrDeny(SourceLocation Location, int? StatusCode) : IrAction("deny", Location);

/// <summary><c>close-connection</c>.</summary>
public sealed record IrCloseConnection(SourceLocation Location) : IrAction("close-connection", Location);

/// <summary><c>log</c>: metadata added to the connection's event.</summary>
public sealed record IrLog(SourceLocation Location, IReadOnlyList<(string Key, IrTemplate Value)> Metadata) : IrAction("log", Location);

/// <summary><c>set-vars</c>: variables for later rules of the phase, in order.</summary>
public sealed record IrSetVars(SourceLocation Location, IReadOnlyList<(string Name, IrValue Value)> Vars) : IrAction("set-vars", Location);

/// <summary><c>forward-internal</c>.</summary>
public sealed record IrForwardInternal(SourceLocation Location, IrTemplate Url, bool ContinueOnError) : IrAction("forward-internal", Location);

/// <summary>
/// <c>restrict-ips</c>: CIDR ranges known at compile time are pre-built into sets; interpolated
/// entries are evaluated per connection.
/// </summary>
public sealed record IrRestrictIps(
    SourceLocation Location, bool Enforce,
    CidrSet AllowConstant, IReadOnlyList<IrTemplate> AllowDynamic,
    CidrSet DenyConstant, IReadOnlyList<IrTemplate> DenyDynamic,
    IReadOnlyList<string> IpPolicies) : IrAction("restrict-ips", Location)
{
    /// <summary>True when there is an allow list (an empty one allows everything not denied).</summary>
    public bool HasAllowList => AllowConstant.Count > 0 || AllowDynamic.Count > 0;
}

/// <summary><c>terminate-tls</c>.</summary>
public sealed record IrTerminateTls(
    SourceLocation Location, string MinVersion, string MaxVersion,
    IrTemplate? ServerCertificate, IrTemplate? ServerPrivateKey,
    IReadOnlyList<IrTemplate> MutualTlsCertificateAuthorities, string MutualTlsVerificationStrategy) : IrAction("terminate-tls", Location);

/// <summary>An action this toolkit checks only for placement (HTTP actions, linted with <c>--scheme https</c>).</summary>
public sealed record IrUnsupported(string ActionType, SourceLocation Location) : IrAction(ActionType, Location);
