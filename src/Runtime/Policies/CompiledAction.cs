using Policy.Runtime.Network;

namespace Policy.Runtime.Policies;

/// <summary>An action with its configuration compiled.</summary>
public abstract record CompiledAction(string Type);

/// <summary><c>deny</c>.</summary>
public sealed record DenyAction() : CompiledAction("deny");

/// <summary><c>close-connection</c>.</summary>
public sealed record CloseConnectionAction() : CompiledAction("close-connection");

/// <summary><c>log</c>.</summary>
public sealed record LogAction(IReadOnlyList<KeyValuePair<string, CompiledTemplate>> Metadata) : CompiledAction("log");

/// <summary><c>set-vars</c>: each value is computed in order and visible to the next.</summary>
public sealed record SetVarsAction(IReadOnlyList<KeyValuePair<string, CompiledExpression>> Vars) : CompiledAction("set-vars");

/// <summary><c>forward-internal</c>.</summary>
public sealed record ForwardInternalAction(CompiledTemplate Url, bool ContinueOnError) : CompiledAction("forward-internal");

/// <summary><c>restrict-ips</c>.</summary>
public sealed record RestrictIpsAction(
    bool Enforce, CidrSet AllowConstant, IReadOnlyList<CompiledTemplate> AllowDynamic,
    CidrSet DenyConstant, IReadOnlyList<CompiledTemplate> DenyDynamic, IReadOnlyList<string> IpPolicies) : CompiledAction("restrict-ips")
{
    /// <summary>True when there is an allow list (an empty one allows everything not denied).</summary>
    public bool HasAllowList => AllowConstant.Count > 0 || AllowDynamic.Count > 0;
}

/// <summary><c>terminate-tls</c>.</summary>
public sealed record TerminateTlsAction(
    string MinVersion, string MaxVersion, CompiledTemplate? ServerCertificate, CompiledTemplate? ServerPrivateKey,
    IReadOnlyList<CompiledTemplate> MutualTlsCertificateAuthorities, string MutualTlsVerificationStrategy) : CompiledAction("terminate-tls");

/// <summary>An action this runtime cannot execute (an HTTP action); the executor records an error and goes on.</summary>
public sealed record UnsupportedAction(string ActionType) : CompiledAction(ActionType);
