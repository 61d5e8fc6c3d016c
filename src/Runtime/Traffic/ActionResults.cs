using Policy.Runtime.Values;

namespace Policy.Runtime.Traffic;

/// <summary>
/// The <c>actions.ngrok.*</c> variables: the result of the last execution of each action type
/// (results are not accumulated, as ngrok documents).
/// </summary>
public sealed class ActionResults
{
    /// <summary><c>actions.ngrok.restrict_ips.action</c>: <c>allow</c> or <c>deny</c>.</summary>
    public string RestrictIpsAction { get; set; } = "";
    /// <summary><c>actions.ngrok.restrict_ips.matched_cidr</c>.</summary>
    public string RestrictIpsMatchedCidr { get; set; } = "";
    /// <summary><c>actions.ngrok.restrict_ips.error.code</c>.</summary>
    public string RestrictIpsErrorCode { get; set; } = "";
    /// <summary><c>actions.ngrok.restrict_ips.error.message</c>.</summary>
    public string RestrictIpsErrorMessage { get; set; } = "";
    /// <summary><c>actions.ngrok.log.metadata</c>.</summary>
    public CelMap LogMetadata { get; set; } = CelMap.Empty;
    /// <summary><c>actions.ngrok.forward_internal.url</c>.</summary>
    public string ForwardInternalUrl { get; set; } = "";
    /// <summary><c>actions.ngrok.forward_internal.error.code</c>.</summary>
    public string ForwardInternalErrorCode { get; set; } = "";
    /// <summary><c>actions.ngrok.forward_internal.error.message</c>.</summary>
    public string ForwardInternalErrorMessage { get; set; } = "";
    /// <summary><c>actions.ngrok.terminate_tls.*</c>: the TLS state the action produced, or null before it ran.</summary>
    public TlsState? TerminateTls { get; set; }
    /// <summary><c>actions.ngrok.terminate_tls.error_code</c>.</summary>
    public string TerminateTlsErrorCode { get; set; } = "";
    /// <summary><c>actions.ngrok.terminate_tls.error_message</c>.</summary>
    public string TerminateTlsErrorMessage { get; set; } = "";
    /// <summary><c>actions.ngrok.terminate_tls.warnings</c>.</summary>
    public IReadOnlyList<string> TerminateTlsWarnings { get; set; } = [];
}
