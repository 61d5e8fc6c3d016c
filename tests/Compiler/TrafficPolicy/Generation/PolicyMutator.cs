using Bogus;

namespace Policy.Compiler.Tests.TrafficPolicy.Generation;

/// <summary>
/// Breaks a valid generated policy in one of many ways, each of which the compiler must report as
/// an error: renamed and deleted keys, values of the wrong type, bad CIDRs, broken CEL, HTTP-only
/// names and actions, unreachable actions, deep set-vars values, legacy and HTTP phases.
/// </summary>
internal sealed class PolicyMutator(Randomizer r, ExpressionGrammar grammar)
{
    /// <summary>The mutations, by name.</summary>
    public static readonly string[] Kinds =
    [
        "rename-rule-key", "rename-action-key", "rename-config-key", "delete-type", "delete-actions",
        "actions-as-string", "expression-not-a-string", "config-as-list", "enforce-as-string", "allow-as-string",
        "metadata-value-number", "vars-as-map", "old-tls-version", "on-error-enum", "url-wrong-scheme",
        "bad-cidr", "broken-cel", "broken-template", "http-only-variable", "http-only-action", "unknown-action",
        "unreachable", "nesting-too-deep", "set-vars-two-keys", "legacy-phase", "rules-as-map", "http-phase", "not-bool",
    ];

    private static readonly string[] BadCidrs =
        ["10.0.0.1", "10.0.0.0/33", "300.0.0.0/8", "::1/129", "not-a-cidr", "1.2.3.4/", "fe80::1%eth0/64", "10.0.0.0/8/8", "2001:db8::/-1", "2001:db8::1"];

    /// <summary>Applies mutation <paramref name="kind"/> to a copy of <paramref name="policy"/>.</summary>
    public DocMap Mutate(DocMap policy, string kind)
    {
        // Expressions made here must not lean on variables of the generated policy: read before
        // their set-vars they are dyn, and a dyn "not a bool" would pass.
        grammar.Vars.Clear();
        var doc = (DocMap)policy.Clone();
        var rules = (DocList)doc["on_tcp_connect"]!;
        var rule = (DocMap)r.ListItem(rules.Items);
        var actions = (DocList)rule["actions"]!;
        var action = (DocMap)r.ListItem(actions.Items);
        switch (kind)
        {
            case "rename-rule-key":
                var ruleKey = r.ListItem(rule.Entries).Key;
                rule.Rename(ruleKey, ruleKey + r.ArrayElement(new[] { "s", "_", "x" }));
                break;
            case "rename-action-key":
                var actionKey = r.ListItem(action.Entries).Key;
                action.Rename(actionKey, actionKey == "type" ? "kind" : "configuration");
                break;
            case "rename-config-key":
                if (action["config"] is DocMap { Entries.Count: > 0 } config)
                {
                    var key = r.ListItem(config.Entries).Key;
                    config.Rename(key, key.ToUpperInvariant() + "_");
                }
                else
                {
                    action["config"] = new DocMap().Add("unexpected", DocScalar.Of("x"));
                }
                break;
            case "delete-type":
                action["type"] = null;
                break;
            case "delete-actions":
                rule["actions"] = null;
                break;
            case "actions-as-string":
                rule["actions"] = DocScalar.Of("deny");
                break;
            case "expression-not-a-string":
                rule["expressions"] = new DocList([DocScalar.Of(r.Bool() ? (object)42L : true)]);
                break;
            case "config-as-list":
                action["config"] = new DocList([DocScalar.Of("a")]);
                break;
            case "enforce-as-string":
                Insert(actions, Action("restrict-ips", new DocMap().Add("enforce", DocScalar.Of("maybe")).Add("allow", new DocList([DocScalar.Of("10.0.0.0/8")]))));
                break;
            case "allow-as-string":
                Insert(actions, Action("restrict-ips", new DocMap().Add(r.Bool() ? "allow" : "deny", DocScalar.Of("10.0.0.0/8"))));
                break;
            case "metadata-value-number":
                Insert(actions, Action("log", new DocMap().Add("metadata", new DocMap().Add("n", DocScalar.Of((long)r.Number(0, 9))))));
                break;
            case "vars-as-map":
                Insert(actions, Action("set-vars", new DocMap().Add("vars", new DocMap().Add("a", DocScalar.Of("b")))));
                break;
            case "old-tls-version":
                Insert(actions, Action("terminate-tls", new DocMap().Add(r.Bool() ? "min_version" : "max_version", DocScalar.Of(r.ArrayElement(new[] { "1.0", "1.1", "1.4", "TLSv1.2" })))));
                break;
            case "on-error-enum":
                Insert(actions, Action("forward-internal", new DocMap().Add("url", DocScalar.Of("tls://a.internal")).Add("on_error", DocScalar.Of("retry"))));
                break;
            case "url-wrong-scheme":
                Insert(actions, Action("forward-internal", new DocMap().Add("url", DocScalar.Of(r.ArrayElement(new[]
                    { "https://a.internal", "tls://a.example.com", "tls://a.internal:0", "tls://a.internal/x", "tls://*.a.internal", "a.internal" }))).Add("on_error", DocScalar.Of("continue"))));
                break;
            case "bad-cidr":
                Insert(actions, Action("restrict-ips", new DocMap().Add(r.Bool() ? "allow" : "deny",
                    new DocList([DocScalar.Of(grammar.Cidr()), DocScalar.Of(r.ArrayElement(BadCidrs))]))));
                break;
            case "broken-cel":
                var expression = grammar.Bool();
                var cut = expression[..r.Number(0, expression.Length)];
                rule["expressions"] = new DocList([DocScalar.Of(cut + " ==")]);
                break;
            case "broken-template":
                Insert(actions, Action("log", new DocMap().Add("metadata", new DocMap().Add("t",
                    DocScalar.Of(r.ArrayElement(new[] { "${conn.tls.sni", "x ${conn.tls.sni ==}", "${}", "${nope.x}", "${'a' + 1}" }))))));
                break;
            case "http-only-variable":
                rule["expressions"] = new DocList([DocScalar.Of(r.ArrayElement(new[] { "req.url.path == '/'", "hasReqHeader('x')", "res.status_code == 200" }))]);
                break;
            case "http-only-action":
                action["type"] = DocScalar.Of(r.ArrayElement(new[] { "add-headers", "custom-response", "rate-limit", "url-rewrite", "oauth" }));
                break;
            case "unknown-action":
                action["type"] = DocScalar.Of(r.ArrayElement(new[] { "deny-all", "forward", "restrict_ips", "Log", "terminate-ssl" }));
                break;
            case "unreachable":
                actions.Items.Add(Action("deny", null));
                actions.Items.Add(Action("close-connection", null));
                break;
            case "nesting-too-deep":
                DocNode deep = DocScalar.Of(1L);
                for (var i = 0; i < 11; i++) deep = r.Bool() ? new DocList([deep]) : new DocMap().Add("k", deep);
                Insert(actions, Action("set-vars", new DocMap().Add("vars", new DocList([new DocMap().Add("deep", deep)]))));
                break;
            case "set-vars-two-keys":
                Insert(actions, Action("set-vars", new DocMap().Add("vars", new DocList([new DocMap().Add("a", DocScalar.Of(1L)).Add("b", DocScalar.Of(2L))]))));
                break;
            case "legacy-phase":
                doc.Rename("on_tcp_connect", r.Bool() ? "inbound" : "outbound");
                break;
            case "rules-as-map":
                doc["on_tcp_connect"] = rule;
                break;
            case "http-phase":
                doc.Add(r.Bool() ? "on_http_request" : "on_http_response", rules.Clone());
                break;
            case "not-bool":
                rule["expressions"] = new DocList([DocScalar.Of(r.Bool() ? grammar.Int() : grammar.Str())]);
                break;
            default:
                throw new ArgumentException(kind);
        }
        return doc;
    }

    /// <summary>Inserts a (non-terminating or faulty) action at the start of a rule, where it is always reachable.</summary>
    private static void Insert(DocList actions, DocMap action) => actions.Items.Insert(0, action);

    private static DocMap Action(string type, DocMap? config)
    {
        var action = new DocMap().Add("type", DocScalar.Of(type));
        if (config is not null) action.Add("config", config);
        return action;
    }
}
