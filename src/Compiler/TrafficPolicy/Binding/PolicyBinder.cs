using System.Collections.Immutable;
using Policy.Compiler.Diagnostics;
using Policy.Compiler.Lowering;
using Policy.Compiler.TrafficPolicy.Catalog;
using Policy.Compiler.TrafficPolicy.Syntax;
using Policy.Runtime.Types;

namespace Policy.Compiler.TrafficPolicy.Binding;

/// <summary>
/// Gives a policy document its meaning for one endpoint: checks the shape of every level, the
/// phases and actions the endpoint's protocol allows, each action's configuration, and every
/// expression and interpolation, and produces the <see cref="IrPolicy"/> the backends consume.
/// It reports everything it finds in one pass and never throws for user input.
/// </summary>
public sealed partial class PolicyBinder
{
    private static readonly string[] RuleKeys = ["name", "expressions", "actions"];
    private static readonly string[] ActionKeys = ["type", "config"];

    private readonly EndpointContext _context;
    private readonly DiagnosticReporter _diagnostics;

    /// <summary>Variables set by set-vars so far in the phase being bound, with their types.</summary>
    private readonly Dictionary<string, CelType> _vars = [];

    /// <summary>The CEL environment of the current point of the phase (null: not built yet).</summary>
    private Checking.CelEnvironment? _environment;

    private string _phase = Phases.OnTcpConnect;

    private PolicyBinder(EndpointContext context, DiagnosticReporter diagnostics)
    {
        _context = context;
        _diagnostics = diagnostics;
    }

    /// <summary>Binds a document (the root of a policy file, or an endpoint's <c>traffic_policy</c> value).</summary>
    public static (IrPolicy? Policy, ImmutableArray<Diagnostic> Diagnostics) Bind(PolicyNode root, EndpointContext context)
    {
        var diagnostics = new DiagnosticReporter();
        var binder = new PolicyBinder(context, diagnostics);
        var policy = binder.BindDocument(root);
        if (policy is not null) TerminationAnalysis.Check(policy, context, diagnostics);
        return (diagnostics.HasErrors ? null : policy, diagnostics.ToImmutable());
    }

    private void Report(DiagnosticDescriptor descriptor, PolicyNode at, string message) =>
        _diagnostics.Report(descriptor, at.Location, message);

    private void Report(DiagnosticDescriptor descriptor, SourceLocation at, string message) =>
        _diagnostics.Report(descriptor, at, message);

    private IrPolicy? BindDocument(PolicyNode root)
    {
        if (root is PolicyScalar { Kind: ScalarKind.Null })
        {
            Report(DiagnosticCatalog.EmptyPolicy, root, "the policy is empty");
            return new IrPolicy([], root.Location);
        }
        if (root is not PolicyMap document)
        {
            Report(DiagnosticCatalog.WrongShape, root, $"a traffic policy is a map of phases (such as on_tcp_connect) to lists of rules, not {root.Describe()}");
            return null;
        }

        var phases = new List<IrPhase>();
        var allowed = Phases.For(_context.Scheme);
        foreach (var entry in document.Entries)
        {
            var name = entry.Key.Value;
            if (Phases.Replacement(name, _context.Scheme) is { } replacement)
            {
                Report(DiagnosticCatalog.LegacyPhase, entry.Key, $"'{name}' is the legacy name of a phase (before ngrok agent 3.17); use {replacement}");
                continue;
            }
            if (!Phases.All.Contains(name))
            {
                var hint = Suggestions.DidYouMean(name, Phases.All);
                Report(DiagnosticCatalog.UnknownKey, entry.Key, $"unknown phase '{name}'{hint}; a {_context.SchemeName} endpoint has {string.Join(", ", allowed)}");
                continue;
            }
            if (!allowed.Contains(name))
            {
                Report(DiagnosticCatalog.InvalidPhase, entry.Key,
                    $"invalid phase '{name}' for protocol '{_context.SchemeName}': a {_context.SchemeName} endpoint has only {string.Join(", ", allowed)}" +
                    (SchemeNames.IsHttp(_context.Scheme) ? "" : " (HTTP phases exist only on http and https endpoints)"));
                continue;
            }
            if (name == Phases.OnTcpConnect && SchemeNames.IsHttp(_context.Scheme) && _context.Binding == EndpointBinding.Internal)
            {
                Report(DiagnosticCatalog.InternalHttpTcpConnect, entry.Key, "internal http and https endpoints do not run on_tcp_connect; use a tcp or tls endpoint");
                continue;
            }
            phases.Add(BindPhase(name, entry.Value));
        }
        if (phases.Count == 0 && document.Entries.Count == 0)
            Report(DiagnosticCatalog.EmptyPolicy, root, "the policy has no phases");
        return new IrPolicy(phases, root.Location);
    }

    private IrPhase BindPhase(string name, PolicyNode value)
    {
        _phase = name;
        _vars.Clear();
        _environment = null;
        var rules = new List<IrRule>();
        switch (value)
        {
            case PolicyScalar { Kind: ScalarKind.Null }:
                break;
            case PolicyList list:
                for (var i = 0; i < list.Items.Count; i++)
                    if (BindRule(i, list.Items[i]) is { } rule) rules.Add(rule);
                break;
            default:
                Report(DiagnosticCatalog.WrongShape, value,
                    $"'{name}' must be a list of rules, not {value.Describe()}" +
                    (value is PolicyMap ? " (write each rule as a list item starting with '- ')" : ""));
                break;
        }
        return new IrPhase(name, rules);
    }

    private IrRule? BindRule(int index, PolicyNode node)
    {
        if (node is not PolicyMap rule)
        {
            Report(DiagnosticCatalog.WrongShape, node, $"a rule must be a map with 'actions' (and optionally 'name' and 'expressions'), not {node.Describe()}");
            return null;
        }
        ReportUnknownKeys(rule, RuleKeys, "a rule");

        string? name = null;
        if (rule.Find("name") is { } nameEntry)
        {
            if (nameEntry.Value is PolicyScalar { Kind: not ScalarKind.Null } s) name = s.Value;
            else Report(DiagnosticCatalog.WrongShape, nameEntry.Value, $"a rule's name must be a string, not {nameEntry.Value.Describe()}");
        }

        var errorsBefore = _diagnostics.ErrorCount;
        var conditions = rule.Find("expressions") is { } expressions ? BindConditions(expressions.Value) : [];
        var conditionsFailed = _diagnostics.ErrorCount > errorsBefore;

        var actions = new List<IrAction>();
        switch (rule.Find("actions")?.Value)
        {
            case null:
                Report(DiagnosticCatalog.NoActions, rule, "a policy must define at least one action: this rule has no 'actions'");
                break;
            case PolicyList { Items.Count: 0 } empty:
                Report(DiagnosticCatalog.NoActions, empty, "a policy must define at least one action: this rule's 'actions' is empty");
                break;
            case PolicyList list:
                foreach (var item in list.Items)
                    if (BindAction(item) is { } action) actions.Add(action);
                break;
            case PolicyScalar { Kind: ScalarKind.Null } nothing:
                Report(DiagnosticCatalog.NoActions, nothing, "a policy must define at least one action: this rule's 'actions' is empty");
                break;
            case var other:
                Report(DiagnosticCatalog.WrongShape, other, $"'actions' must be a list of actions, not {other.Describe()}");
                break;
        }
        // A rule whose expressions did not check may or may not match: with its actions kept, the
        // termination analysis would take it for a catch-all and call the rules after it unreachable.
        return new IrRule(index, name, conditions, conditionsFailed ? [] : actions, rule.Location);
    }

    private void ReportUnknownKeys(PolicyMap map, IReadOnlyCollection<string> known, string what)
    {
        foreach (var entry in map.Entries)
        {
            if (known.Contains(entry.Key.Value)) continue;
            Report(DiagnosticCatalog.UnknownKey, entry.Key,
                $"unknown key '{entry.Key.Value}' in {what}{Suggestions.DidYouMean(entry.Key.Value, known)}; expected {string.Join(", ", known)}");
        }
    }
}
