using Policy.Compiler.Diagnostics;
using Policy.Compiler.Lowering;
using Policy.Compiler.TrafficPolicy.Catalog;

namespace Policy.Compiler.TrafficPolicy.Binding;

/// <summary>
/// Where policy processing certainly ends: actions after a certain terminator are unreachable
/// (ERR_NGROK_2207), and a cloud endpoint's policy must end in one on every path (ERR_NGROK_2235).
/// An action certainly terminates when it is deny, close-connection, custom-response or
/// forward-internal with <c>on_error: halt</c>; a rule without expressions whose actions include
/// one ends every path through it.
/// </summary>
internal static class TerminationAnalysis
{
    public static void Check(IrPolicy policy, EndpointContext context, DiagnosticReporter diagnostics)
    {
        // Actions and rules that failed to bind are missing from the IR, so after a binding error
        // "not guaranteed to handle traffic" may only echo that error.
        var bindingFailed = diagnostics.HasErrors;
        var handled = false;
        foreach (var phase in policy.Phases)
        {
            var terminated = false;
            foreach (var rule in phase.Rules)
            {
                if (terminated)
                {
                    var first = rule.Actions.Count > 0 ? rule.Actions[0].Location : rule.Location;
                    diagnostics.Report(DiagnosticCatalog.UnreachableAction, first,
                        $"rule {RuleName(rule)} is unreachable due to a prior rule without expressions whose actions always terminate");
                    break;
                }
                for (var i = 0; i < rule.Actions.Count; i++)
                {
                    if (!AlwaysTerminates(rule.Actions[i])) continue;
                    if (i + 1 < rule.Actions.Count)
                        diagnostics.Report(DiagnosticCatalog.UnreachableAction, rule.Actions[i + 1].Location,
                            $"policy action type '{rule.Actions[i + 1].Type}' is unreachable due to a prior terminating action ('{rule.Actions[i].Type}')");
                    if (rule.Conditions.Count == 0) terminated = true;
                    break;
                }
            }

            // A cloud endpoint has no upstream: on_tcp_connect (or on HTTP endpoints on_http_request)
            // must end every connection or request.
            if (terminated && phase.Name is Phases.OnTcpConnect or Phases.OnHttpRequest) handled = true;
        }

        if (context.Type == EndpointType.Cloud && !handled && !bindingFailed)
        {
            var http = SchemeNames.IsHttp(context.Scheme);
            var phase = http ? Phases.OnHttpRequest : Phases.OnTcpConnect;
            // Point at the end of the phase that has to terminate, not at a later phase's rule.
            var last = policy.RulesOf(phase).LastOrDefault()?.Location
                ?? policy.Phases.SelectMany(p => p.Rules).LastOrDefault()?.Location ?? policy.Location;
            diagnostics.Report(DiagnosticCatalog.NotGuaranteedToHandle, last,
                $"the traffic policy of a cloud endpoint is not guaranteed to handle traffic: end {phase} with a rule without expressions " +
                $"whose actions always terminate (deny, close-connection{(http ? ", custom-response" : "")}, or forward-internal with on_error: halt)");
        }
    }

    private static string RuleName(IrRule rule) => rule.Name is null ? $"#{rule.Index + 1}" : $"'{rule.Name}'";

    /// <summary>True when the action ends policy processing whatever happens.</summary>
    public static bool AlwaysTerminates(IrAction action) => action switch
    {
        IrDeny or IrCloseConnection => true,
        IrForwardInternal f => !f.ContinueOnError,
        IrUnsupported u => ActionCatalog.Find(u.Type)?.Termination == Termination.Always,
        _ => false,
    };
}
