using Policy.Compiler.Checking;

namespace Policy.Compiler.Lowering;

/// <summary>The expressions inside IR nodes, in a fixed order (rule conditions first, then each action's fields in order).</summary>
public static class IrExpressions
{
    /// <summary>Every expression of a rule.</summary>
    public static IEnumerable<CheckedExpr> Of(IrRule rule) => rule.Conditions.Concat(rule.Actions.SelectMany(Of));

    /// <summary>Every expression of an action's configuration.</summary>
    public static IEnumerable<CheckedExpr> Of(IrAction action) => action switch
    {
        IrLog log => log.Metadata.SelectMany(m => Of(m.Value)),
        IrSetVars set => set.Vars.SelectMany(v => Of(v.Value)),
        IrForwardInternal f => Of(f.Url),
        IrRestrictIps r => r.AllowDynamic.Concat(r.DenyDynamic).SelectMany(Of),
        IrTerminateTls t => new[] { t.ServerCertificate, t.ServerPrivateKey }.OfType<IrTemplate>()
            .Concat(t.MutualTlsCertificateAuthorities).SelectMany(Of),
        _ => [],
    };

    /// <summary>The interpolations of a template.</summary>
    public static IEnumerable<CheckedExpr> Of(IrTemplate template) => template.Parts.OfType<IrInterpolation>().Select(i => i.Expression);

    /// <summary>The interpolations inside a set-vars value.</summary>
    public static IEnumerable<CheckedExpr> Of(IrValue value) => value switch
    {
        IrTemplateValue t => Of(t.Template),
        IrListValue l => l.Items.SelectMany(Of),
        IrMapValue m => m.Entries.SelectMany(e => Of(e.Value)),
        _ => [],
    };
}
