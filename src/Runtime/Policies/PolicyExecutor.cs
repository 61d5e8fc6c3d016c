using Policy.Runtime.Network;
using Policy.Runtime.Traffic;
using Policy.Runtime.Values;

namespace Policy.Runtime.Policies;

/// <summary>
/// Runs a compiled <c>on_tcp_connect</c> policy on one connection with ngrok's semantics: rules
/// top to bottom, a rule's actions in order when all its expressions are true, until an action
/// ends processing. A condition that fails to evaluate does not match (the error is recorded).
/// </summary>
public static class PolicyExecutor
{
    private static readonly IReadOnlyList<string> NoErrors = [];
    private static readonly PolicyOutcome ContinueOutcome = new(PolicyOutcomeKind.Continue, "", NoErrors);

    /// <summary>Where a run is: the rule, the action within it, and the run-time errors so far.</summary>
    private struct Cursor
    {
        public int Rule;
        public int Action;
        public List<string>? Errors;
    }

    /// <summary>
    /// Runs the policy. Rules run synchronously until an action needs the network (forward,
    /// terminate TLS), so a run without one completes without an async state machine, and a run
    /// with no error allocates nothing of its own.
    /// </summary>
    public static ValueTask<PolicyOutcome> RunAsync(CompiledPolicy policy, ConnectionContext context, IPolicyHost host, CancellationToken cancellationToken)
    {
        var cursor = new Cursor();
        var outcome = RunLocal(policy, context, ref cursor);
        return outcome is not null ? new ValueTask<PolicyOutcome>(outcome) : ContinueAsync(policy, context, host, cursor, cancellationToken);
    }

    /// <summary>Runs from the cursor until the policy ends (the outcome) or an action needs the network (null, the cursor on it).</summary>
    private static PolicyOutcome? RunLocal(CompiledPolicy policy, ConnectionContext context, ref Cursor c)
    {
        var rules = policy.Rules;
        for (; c.Rule < rules.Length; c.Rule++, c.Action = 0)
        {
            if (c.Action == 0 && (c.Rule = NextMatch(policy, c.Rule, context, ref c.Errors)) == rules.Length) break;
            var actions = rules[c.Rule].Actions;
            for (; c.Action < actions.Count; c.Action++)
            {
                var action = actions[c.Action];
                if (action is ForwardInternalAction or TerminateTlsAction) return null;
                if (RunLocalAction(action, context, ref c.Errors) is { } kind) return Outcome(kind, CloseReason(kind, action), c.Errors);
            }
        }
        return c.Errors is null ? ContinueOutcome : new PolicyOutcome(PolicyOutcomeKind.Continue, "", c.Errors);
    }

    /// <summary>The first rule from <paramref name="from"/> whose condition holds (the rule count when none does).</summary>
    private static int NextMatch(CompiledPolicy policy, int from, ConnectionContext context, ref List<string>? errors)
    {
        var rules = policy.Rules;
        if (policy.Scanner is { } scan)
        {
            try
            {
                while (true)
                {
                    var i = scan(context, from, out var error);
                    if (error is null) return i;
                    (errors ??= []).Add(ConditionFailed(rules[i], error));
                    from = i + 1;
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Conditions have no side effects: rescan one by one, which names the failing rule.
            }
        }
        for (var i = from; i < rules.Length; i++)
        {
            if (rules[i].Condition is not { } condition) return i;
            var matched = Safe(condition, context);
            if (matched is CelBool { Value: true }) return i;
            if (matched is CelError e) (errors ??= []).Add(ConditionFailed(rules[i], e));
        }
        return rules.Length;
    }

    private static string ConditionFailed(CompiledRule rule, CelError e) => $"rule {Name(rule)}: expression failed: {e.Message}";

    private static async ValueTask<PolicyOutcome> ContinueAsync(CompiledPolicy policy, ConnectionContext context, IPolicyHost host, Cursor cursor,
        CancellationToken cancellationToken)
    {
        while (true)
        {
            var action = policy.Rules[cursor.Rule].Actions[cursor.Action];
            cursor.Errors ??= [];
            var end = await RunNetworkActionAsync(action, context, host, cursor.Errors, cancellationToken).ConfigureAwait(false);
            if (end is { } kind) return Outcome(kind, CloseReason(kind, action), cursor.Errors);
            cursor.Action++;
            if (RunLocal(policy, context, ref cursor) is { } outcome) return outcome;
        }
    }

    private static readonly Dictionary<(PolicyOutcomeKind, string), PolicyOutcome> Shared = new();

    /// <summary>Outcomes without errors are shared instances.</summary>
    private static PolicyOutcome Outcome(PolicyOutcomeKind kind, string reason, List<string>? errors)
    {
        if (errors is { Count: > 0 }) return new PolicyOutcome(kind, reason, errors);
        lock (Shared)
        {
            if (!Shared.TryGetValue((kind, reason), out var outcome)) Shared[(kind, reason)] = outcome = new PolicyOutcome(kind, reason, NoErrors);
            return outcome;
        }
    }

    private static string Name(CompiledRule rule) => rule.Name is null ? $"#{rule.Index + 1}" : $"'{rule.Name}'";

    private static string CloseReason(PolicyOutcomeKind kind, CompiledAction action) => kind switch
    {
        PolicyOutcomeKind.Denied => "denied",
        PolicyOutcomeKind.Closed => "closed_by_policy",
        PolicyOutcomeKind.RestrictedIps => "restrict_ips",
        PolicyOutcomeKind.Forwarded => "forwarded",
        _ => action is TerminateTlsAction ? "handshake_failed" : "forward_failed",
    };

    /// <summary>Evaluates a compiled expression, turning a bug-level exception into an error value.</summary>
    private static CelValue Safe(CompiledExpression expression, ConnectionContext context)
    {
        try
        {
            return expression(context);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return CelError.Of($"internal error: {e.Message}");
        }
    }

    private static PolicyOutcomeKind? RunLocalAction(CompiledAction action, ConnectionContext context, ref List<string>? errors)
    {
        switch (action)
        {
            case DenyAction:
                return PolicyOutcomeKind.Denied;
            case CloseConnectionAction:
                return PolicyOutcomeKind.Closed;
            case LogAction log:
                Log(log, context, ref errors);
                return null;
            case SetVarsAction set:
                foreach (var (name, value) in set.Vars)
                {
                    var v = Safe(value, context);
                    if (v is CelError e) (errors ??= []).Add($"set-vars '{name}': {e.Message}");
                    else context.Vars[name] = v;
                }
                return null;
            case RestrictIpsAction restrict:
                return RestrictIps(restrict, context, ref errors) ? null : PolicyOutcomeKind.RestrictedIps;
            default:
                (errors ??= []).Add($"action '{action.Type}' is not supported on this endpoint");
                return null;
        }
    }

    private static async ValueTask<PolicyOutcomeKind?> RunNetworkActionAsync(CompiledAction action, ConnectionContext context, IPolicyHost host,
        List<string> errors, CancellationToken cancellationToken)
    {
        if (action is TerminateTlsAction tls) return await TerminateTlsAsync(tls, context, host, errors, cancellationToken).ConfigureAwait(false);
        var forward = (ForwardInternalAction)action;
        var url = forward.Url.EvaluateString(context);
        var failure = url is CelString u
            ? await host.ForwardInternalAsync(u.Value, context, cancellationToken).ConfigureAwait(false)
            : ("ERR_NGROK_2253", $"failed to evaluate url for forward-internal at runtime: {((CelError)url).Message}");
        if (failure is null) return PolicyOutcomeKind.Forwarded;
        errors.Add($"forward-internal: {failure.Value.Message}");
        if (!forward.ContinueOnError) return PolicyOutcomeKind.Failed;
        context.Actions.ForwardInternalUrl = url is CelString s ? s.Value : "";
        context.Actions.ForwardInternalErrorCode = failure.Value.Code;
        context.Actions.ForwardInternalErrorMessage = failure.Value.Message;
        return null;
    }

    private static void Log(LogAction log, ConnectionContext context, ref List<string>? errors)
    {
        var metadata = new Dictionary<string, string>(log.Metadata.Count, StringComparer.Ordinal);
        foreach (var (key, template) in log.Metadata)
        {
            var v = template.EvaluateString(context);
            if (v is CelError e)
            {
                (errors ??= []).Add($"log metadata '{key}': {e.Message}");
                metadata[key] = "";
            }
            else metadata[key] = ((CelString)v).Value;
        }
        context.Logs.Add(metadata);
        context.Actions.LogMetadata = CelMap.OfStrings(metadata.Select(kv => KeyValuePair.Create(kv.Key, (CelValue)CelString.Of(kv.Value))));
    }

    /// <summary>Decides a restrict-ips action; false when the connection must be closed.</summary>
    private static bool RestrictIps(RestrictIpsAction action, ConnectionContext context, ref List<string>? errors)
    {
        var allow = Merge(action.AllowConstant, action.AllowDynamic, context, ref errors);
        var deny = Merge(action.DenyConstant, action.DenyDynamic, context, ref errors);
        IpRestrictionResult result;
        if (!IpAddress.TryParse(context.ClientIp, out var client))
        {
            result = new IpRestrictionResult(false, "");
            context.Actions.RestrictIpsErrorCode = "ERR_NGROK_2300";
            context.Actions.RestrictIpsErrorMessage = $"client address '{context.ClientIp}' is not an IP address";
        }
        else
        {
            // An allow list whose every entry failed to evaluate must not turn into "allow all":
            // fail closed. (IP Policies are account objects this proxy does not have; they match nothing.)
            result = action.HasAllowList && allow.IsEmpty
                ? new IpRestrictionResult(false, deny.MatchText(client.Unmap()) ?? "")
                : new IpRestriction(allow, deny).Evaluate(client);
        }
        context.Actions.RestrictIpsAction = result.Action;
        context.Actions.RestrictIpsMatchedCidr = result.MatchedCidr;
        return result.IsAllowed || !action.Enforce;
    }

    /// <summary>The constant ranges plus those the interpolations produce for this connection.</summary>
    private static CidrSet Merge(CidrSet constant, IReadOnlyList<CompiledTemplate> dynamic, ConnectionContext context, ref List<string>? errors)
    {
        if (dynamic.Count == 0) return constant;
        var builder = new CidrSetBuilder();
        for (var i = 0; i < constant.Count; i++) builder.Add(constant.Cidrs[i], constant.Texts[i]);
        foreach (var template in dynamic)
        {
            var v = template.Evaluate(context);
            IEnumerable<CelValue> items = v is CelList list ? list : [v];
            foreach (var item in items)
            {
                if (item is CelError e) (errors ??= []).Add($"restrict-ips: {e.Message}");
                else if (item is not CelString s || builder.TryAdd(s.Value.Trim()) != NetParseStatus.Success)
                    (errors ??= []).Add($"restrict-ips: '{CompiledTemplate.ToText(item)}' is not a CIDR range");
            }
        }
        return builder.Build();
    }

    private static async ValueTask<PolicyOutcomeKind?> TerminateTlsAsync(TerminateTlsAction tls, ConnectionContext context, IPolicyHost host,
        List<string> errors, CancellationToken cancellationToken)
    {
        string? Text(CompiledTemplate? t, string field)
        {
            if (t is null) return null;
            var v = t.EvaluateString(context);
            if (v is CelString s) return s.Value;
            errors.Add($"terminate-tls {field}: {((CelError)v).Message}");
            return null;
        }
        var cert = Text(tls.ServerCertificate, "server_certificate");
        var key = Text(tls.ServerPrivateKey, "server_private_key");
        var cas = tls.MutualTlsCertificateAuthorities.Select(t => Text(t, "mutual_tls_certificate_authorities")).OfType<string>().ToList();
        var failure = await host.TerminateTlsAsync(tls, cert, key, cas, context, cancellationToken).ConfigureAwait(false);
        if (failure is null) return null;
        context.Actions.TerminateTlsErrorCode = failure.Value.Code;
        context.Actions.TerminateTlsErrorMessage = failure.Value.Message;
        errors.Add($"terminate-tls: {failure.Value.Message}");
        return PolicyOutcomeKind.Failed;
    }
}
