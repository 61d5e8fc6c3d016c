using Policy.Compiler.Checking;
using Policy.Compiler.Lowering;
using Policy.Runtime.Library.Standard;
using Policy.Runtime.Policies;
using Policy.Runtime.Values;

namespace Policy.Compiler.Interpreter;

/// <summary>
/// The reference backend: turns a policy's IR into a <see cref="CompiledPolicy"/> whose
/// expressions run on the interpreter. The Roslyn backend must agree with it.
/// </summary>
public static class PolicyInterpreter
{
    /// <summary>Builds the runnable policy (its <c>on_tcp_connect</c> phase).</summary>
    public static CompiledPolicy Build(IrPolicy policy, string hash = "")
    {
        var rules = policy.RulesOf(TrafficPolicy.Catalog.Phases.OnTcpConnect)
            .Select(r => new CompiledRule(r.Index, r.Name, Condition(r.Conditions), r.Actions.Select(Action).ToList()))
            .ToList();
        return new CompiledPolicy(rules, "interpreter", hash);
    }

    /// <summary>A program for one checked expression.</summary>
    public static CompiledExpression Expression(CheckedExpr expr)
    {
        var program = Planner.Plan(CelEnvironment.Default, expr);
        return context => program.Evaluate(context);
    }

    /// <summary>All conditions must hold; combined like CEL's <c>&amp;&amp;</c> (false wins over an error).</summary>
    private static CompiledExpression? Condition(IReadOnlyList<CheckedExpr> conditions)
    {
        if (conditions.Count == 0) return null;
        var programs = conditions.Select(Expression).ToArray();
        if (programs.Length == 1) return programs[0];
        return context =>
        {
            CelValue result = CelBool.True;
            foreach (var p in programs)
            {
                result = Logic.And(result, p(context));
                if (result is CelBool { Value: false }) return result;
            }
            return result;
        };
    }

    private static CompiledTemplate Template(IrTemplate template) =>
        new(template.Parts.Select(p => p switch
        {
            IrLiteral l => (object)l.Text,
            IrInterpolation i => Expression(i.Expression),
            _ => throw new InvalidOperationException("unknown template part"),
        }).ToList());

    /// <summary>A set-vars value; templates inside it are compiled with <paramref name="template"/>.</summary>
    public static CompiledExpression Value(IrValue value, Func<IrTemplate, CompiledTemplate> template)
    {
        switch (value)
        {
            case IrConstantValue c:
                var constant = c.Value;
                return _ => constant;
            case IrTemplateValue t:
                return template(t.Template).Evaluate;
            case IrListValue l:
            {
                var items = l.Items.Select(i => Value(i, template)).ToArray();
                return context =>
                {
                    var values = new CelValue[items.Length];
                    for (var i = 0; i < items.Length; i++)
                        if ((values[i] = items[i](context)).IsError) return values[i];
                    return CelList.Wrap(values);
                };
            }
            case IrMapValue m:
            {
                var keys = m.Entries.Select(e => (CelValue)CelString.Of(e.Key)).ToArray();
                var values = m.Entries.Select(e => Value(e.Value, template)).ToArray();
                return context =>
                {
                    var vs = new CelValue[values.Length];
                    for (var i = 0; i < values.Length; i++)
                        if ((vs[i] = values[i](context)).IsError) return vs[i];
                    return CelMap.Create(keys, vs);
                };
            }
            default:
                throw new InvalidOperationException("unknown value");
        }
    }

    /// <summary>The runtime form of an action; shared with the Roslyn backend, which passes its own expression compiler.</summary>
    public static CompiledAction Action(IrAction action) => Action(action, Template, v => Value(v, Template));

    /// <summary>The runtime form of an action, with the given ways to compile templates and values.</summary>
    public static CompiledAction Action(IrAction action, Func<IrTemplate, CompiledTemplate> template, Func<IrValue, CompiledExpression> value) => action switch
    {
        IrDeny => new DenyAction(),
        IrCloseConnection => new CloseConnectionAction(),
        IrLog log => new LogAction(log.Metadata.Select(m => KeyValuePair.Create(m.Key, template(m.Value))).ToList()),
        IrSetVars set => new SetVarsAction(set.Vars.Select(v => KeyValuePair.Create(v.Name, value(v.Value))).ToList()),
        IrForwardInternal f => new ForwardInternalAction(template(f.Url), f.ContinueOnError),
        IrRestrictIps r => new RestrictIpsAction(r.Enforce, r.AllowConstant, r.AllowDynamic.Select(template).ToList(),
            r.DenyConstant, r.DenyDynamic.Select(template).ToList(), r.IpPolicies),
        IrTerminateTls t => new TerminateTlsAction(t.MinVersion, t.MaxVersion,
            t.ServerCertificate is null ? null : template(t.ServerCertificate),
            t.ServerPrivateKey is null ? null : template(t.ServerPrivateKey),
            t.MutualTlsCertificateAuthorities.Select(template).ToList(), t.MutualTlsVerificationStrategy),
        _ => new UnsupportedAction(action.Type),
    };
}
