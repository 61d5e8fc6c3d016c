using Policy.Runtime.Network;
using Policy.Runtime.Policies;
using Policy.Runtime.Traffic;
using Policy.Runtime.Values;

namespace Policy.Runtime.Tests.Policies;

public class PolicyExecutorTests
{
    private sealed class Host(string? forwardError = null) : IPolicyHost
    {
        public List<string> Forwards { get; } = [];

        public ValueTask<(string Code, string Message)?> ForwardInternalAsync(string url, ConnectionContext context, CancellationToken cancellationToken)
        {
            Forwards.Add(url);
            return ValueTask.FromResult<(string, string)?>(forwardError is null ? null : ("ERR_NGROK_3200", forwardError));
        }

        public ValueTask<(string Code, string Message)?> TerminateTlsAsync(TerminateTlsAction action, string? certificatePem, string? privateKeyPem,
            IReadOnlyList<string> certificateAuthorities, ConnectionContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult<(string, string)?>(null);
    }

    private static CompiledRule Rule(CompiledExpression? condition, params CompiledAction[] actions) => new(0, null, condition, actions);

    private static Task<PolicyOutcome> Run(ConnectionContext context, IPolicyHost host, params CompiledRule[] rules) =>
        PolicyExecutor.RunAsync(new CompiledPolicy(rules, "test", ""), context, host, CancellationToken.None).AsTask();

    private static CidrSet Set(params string[] cidrs)
    {
        var b = new CidrSetBuilder();
        foreach (var c in cidrs) Assert.Equal(NetParseStatus.Success, b.TryAdd(c));
        return b.Build();
    }

    private static RestrictIpsAction Restrict(bool enforce, CidrSet allow, CidrSet deny) => new(enforce, allow, [], deny, [], []);

    [Fact]
    public async Task A_failing_condition_does_not_match_and_is_recorded()
    {
        var outcome = await Run(new ConnectionContext(), new Host(),
            Rule(_ => CelError.Of("boom"), new DenyAction()),
            Rule(_ => CelBool.True, new CloseConnectionAction()));
        Assert.Equal(PolicyOutcomeKind.Closed, outcome.Kind);
        Assert.Contains(outcome.Errors, e => e.Contains("boom"));
    }

    [Fact]
    public async Task A_scanner_decides_which_rules_run_and_its_errors_are_recorded()
    {
        CompiledRule[] rules = [Rule(_ => CelBool.False, new DenyAction()), Rule(_ => CelBool.False, new CloseConnectionAction()), Rule(null, new DenyAction())];
        var starts = new List<int>();
        RuleScanner scan = (ConnectionContext _, int from, out CelError? error) =>
        {
            starts.Add(from);
            // Says rule 0 failed, then that rule 1 (whose own condition is false) matches.
            error = from == 0 ? CelError.Of("scanned boom") : null;
            return from == 0 ? 0 : 1;
        };
        var policy = new CompiledPolicy(rules, "test", "") { Scanner = scan };
        var outcome = await PolicyExecutor.RunAsync(policy, new ConnectionContext(), new Host(), CancellationToken.None);
        Assert.Equal(PolicyOutcomeKind.Closed, outcome.Kind);
        Assert.Equal([0, 1], starts);
        Assert.Contains(outcome.Errors, e => e.Contains("scanned boom"));
    }

    [Fact]
    public async Task When_the_scanner_throws_the_conditions_run_one_by_one_from_where_it_was()
    {
        CompiledRule[] rules =
        [
            Rule(_ => CelError.Of("first"), new DenyAction()),
            Rule(_ => throw new InvalidOperationException("second"), new DenyAction()),
            Rule(_ => CelBool.True, new CloseConnectionAction()),
        ];
        RuleScanner scan = (ConnectionContext _, int from, out CelError? error) =>
        {
            if (from == 0) { error = CelError.Of("first"); return 0; }
            throw new InvalidOperationException("second");
        };
        var policy = new CompiledPolicy(rules, "test", "") { Scanner = scan };
        var outcome = await PolicyExecutor.RunAsync(policy, new ConnectionContext(), new Host(), CancellationToken.None);
        Assert.Equal(PolicyOutcomeKind.Closed, outcome.Kind);
        // Rule 0's error is recorded once (by the scan), rule 1's by the one-by-one run.
        Assert.Equal(2, outcome.Errors.Count);
        Assert.Contains("first", outcome.Errors[0]);
        Assert.Contains("internal error: second", outcome.Errors[1]);
    }

    [Theory]
    [InlineData("10.1.2.3", true)]
    [InlineData("10.9.9.9", false)]
    [InlineData("192.168.1.1", false)]
    public async Task Restrict_ips_deny_wins_over_allow(string ip, bool allowed)
    {
        var context = new ConnectionContext { ClientIp = ip };
        var outcome = await Run(context, new Host(), Rule(null, Restrict(true, Set("10.0.0.0/8"), Set("10.9.0.0/16"))));
        Assert.Equal(allowed ? PolicyOutcomeKind.Continue : PolicyOutcomeKind.RestrictedIps, outcome.Kind);
        Assert.Equal(allowed ? "allow" : "deny", context.Actions.RestrictIpsAction);
        Assert.Equal(allowed ? "10.0.0.0/8" : ip.StartsWith("10.9", StringComparison.Ordinal) ? "10.9.0.0/16" : "", context.Actions.RestrictIpsMatchedCidr);
    }

    [Fact]
    public async Task Restrict_ips_with_only_a_deny_list_allows_the_rest_and_enforce_false_only_records()
    {
        var context = new ConnectionContext { ClientIp = "203.0.113.9" };
        Assert.Equal(PolicyOutcomeKind.Continue, (await Run(context, new Host(), Rule(null, Restrict(true, CidrSet.Empty, Set("10.0.0.0/8"))))).Kind);

        var dryRun = new ConnectionContext { ClientIp = "10.0.0.1" };
        Assert.Equal(PolicyOutcomeKind.Continue, (await Run(dryRun, new Host(), Rule(null, Restrict(false, CidrSet.Empty, Set("10.0.0.0/8"))))).Kind);
        Assert.Equal("deny", dryRun.Actions.RestrictIpsAction);
    }

    [Fact]
    public async Task An_allow_list_whose_entries_all_fail_to_evaluate_denies()
    {
        var action = new RestrictIpsAction(true, CidrSet.Empty, [new CompiledTemplate([(CompiledExpression)(_ => CelString.Of("nonsense"))])], CidrSet.Empty, [], []);
        var outcome = await Run(new ConnectionContext { ClientIp = "10.0.0.1" }, new Host(), Rule(null, action));
        Assert.Equal(PolicyOutcomeKind.RestrictedIps, outcome.Kind);
        Assert.Contains(outcome.Errors, e => e.Contains("nonsense"));
    }

    [Fact]
    public async Task Set_vars_and_log_feed_later_rules_and_the_event()
    {
        var context = new ConnectionContext();
        var outcome = await Run(context, new Host(),
            Rule(null, new SetVarsAction([KeyValuePair.Create("tier", (CompiledExpression)(_ => CelString.Of("gold")))])),
            Rule(c => CelBool.Of(c.Vars["tier"] is CelString { Value: "gold" }),
                new LogAction([KeyValuePair.Create("tier", new CompiledTemplate(["t=", (CompiledExpression)(c => c.Vars["tier"])]))]),
                new DenyAction()));
        Assert.Equal(PolicyOutcomeKind.Denied, outcome.Kind);
        Assert.Equal("denied", outcome.CloseReason);
        Assert.Equal("t=gold", Assert.Single(context.Logs)["tier"]);
        Assert.Empty(outcome.Errors);
    }

    [Fact]
    public async Task Forward_internal_with_continue_records_the_failure_and_goes_on()
    {
        var host = new Host(forwardError: "no endpoint");
        var context = new ConnectionContext();
        var outcome = await Run(context, host,
            Rule(null, new ForwardInternalAction(CompiledTemplate.Constant("tls://a.internal"), ContinueOnError: true), new CloseConnectionAction()));
        Assert.Equal(PolicyOutcomeKind.Closed, outcome.Kind);
        Assert.Equal(["tls://a.internal"], host.Forwards);
        Assert.Equal("ERR_NGROK_3200", context.Actions.ForwardInternalErrorCode);

        var halted = await Run(new ConnectionContext(), host, Rule(null, new ForwardInternalAction(CompiledTemplate.Constant("tls://a.internal"), ContinueOnError: false)));
        Assert.Equal(PolicyOutcomeKind.Failed, halted.Kind);
        Assert.Equal("forward_failed", halted.CloseReason);
    }

    [Fact]
    public async Task A_successful_forward_ends_the_policy()
    {
        var outcome = await Run(new ConnectionContext(), new Host(),
            Rule(null, new ForwardInternalAction(CompiledTemplate.Constant("tls://a.internal"), false)),
            Rule(null, new DenyAction()));
        Assert.Equal(PolicyOutcomeKind.Forwarded, outcome.Kind);
    }
}
