using Policy.Compiler.Checking;
using Policy.Compiler.Diagnostics;
using Policy.Compiler.Lowering;
using Policy.Compiler.Syntax;
using Policy.Compiler.TrafficPolicy.Catalog;
using Policy.Compiler.TrafficPolicy.Syntax;
using Policy.Compiler.TrafficPolicy.Templates;
using Policy.Runtime.Types;

namespace Policy.Compiler.TrafficPolicy.Binding;

public sealed partial class PolicyBinder
{
    /// <summary>The CEL environment at this point of the phase: its variables plus the set-vars so far.</summary>
    private CelEnvironment Environment()
    {
        var env = PolicyEnvironments.For(_context.Scheme, _phase);
        if (_vars.Count == 0) return env;
        return env.WithVariables(_vars.Select(v => PolicyEnvironments.Var(v.Key, v.Value)));
    }

    private List<CheckedExpr> BindConditions(PolicyNode node)
    {
        var result = new List<CheckedExpr>();
        IReadOnlyList<PolicyNode> items = node switch
        {
            PolicyList list => list.Items,
            PolicyScalar { Kind: ScalarKind.Null } => [],
            PolicyScalar s => Single(s),
            _ => Invalid(node),
        };
        foreach (var item in items)
        {
            if (item is not PolicyScalar { Kind: ScalarKind.String } scalar)
            {
                Report(DiagnosticCatalog.InvalidExpression, item, $"an expression must be a string holding CEL, not {item.Describe()}" +
                    (item is PolicyScalar { Kind: ScalarKind.Boolean } ? " (quote it: 'true')" : ""));
                continue;
            }
            if (Compile(scalar, new TextSpan(0, scalar.Value.Length)) is not { } checkedExpr) continue;
            var type = checkedExpr.ResultType;
            if (type.Kind is not (TypeKind.Bool or TypeKind.Dyn))
                Report(DiagnosticCatalog.ExpressionNotBool, scalar, $"an expression must evaluate to a bool, but this one is of type {type}");
            else
                result.Add(checkedExpr);
        }
        return result;

        IReadOnlyList<PolicyNode> Single(PolicyScalar s)
        {
            Report(DiagnosticCatalog.WrongShape, s, "'expressions' must be a list of strings; write it as a list item: - \"...\"");
            return [];
        }

        IReadOnlyList<PolicyNode> Invalid(PolicyNode n)
        {
            Report(DiagnosticCatalog.WrongShape, n, $"'expressions' must be a list of strings, not {n.Describe()}");
            return [];
        }
    }

    /// <summary>Compiles the CEL text at <paramref name="span"/> of a scalar; diagnostics point into the file.</summary>
    private CheckedExpr? Compile(PolicyScalar scalar, TextSpan span, DiagnosticDescriptor? wrapper = null)
    {
        var text = scalar.Value.Substring(span.Start, span.Length);
        var source = new ExpressionSource(text, s => scalar.Locate(new TextSpan(s.Start + span.Start, s.Length)));
        var (checkedExpr, diagnostics) = Environment().Compile(source);
        foreach (var d in diagnostics)
            _diagnostics.Add(wrapper is null || !d.IsError || d.Code == DiagnosticCatalog.HttpOnlyReference.Code
                ? d
                : d with { Descriptor = wrapper, Message = $"{d.Message} ({d.Code})" });
        return checkedExpr;
    }

    /// <summary>
    /// A configuration string that supports CEL: literal text with <c>${…}</c> interpolations, each
    /// checked like an expression.
    /// </summary>
    private IrTemplate? BindTemplate(PolicyScalar scalar)
    {
        if (!TemplateParser.HasInterpolation(scalar.Value)) return IrTemplate.Constant(scalar.Value, scalar.Location);
        var (parts, unclosed) = TemplateParser.Parse(scalar.Value);
        if (unclosed is { } at)
        {
            Report(DiagnosticCatalog.InvalidTemplate, scalar.Locate(new TextSpan(at.Start, 2)), "'${' is never closed with '}'");
            return null;
        }
        var result = new List<IrTemplatePart>();
        var ok = true;
        foreach (var part in parts)
        {
            switch (part)
            {
                case LiteralPart literal:
                    result.Add(new IrLiteral(literal.Text));
                    break;
                case ExpressionPart expression when expression.Expression.Trim().Length == 0:
                    Report(DiagnosticCatalog.InvalidTemplate, scalar.Locate(expression.Span), "'${}' holds no expression");
                    ok = false;
                    break;
                case ExpressionPart expression:
                    if (Compile(scalar, expression.Span, DiagnosticCatalog.InvalidTemplate) is { } e) result.Add(new IrInterpolation(e));
                    else ok = false;
                    break;
            }
        }
        return ok ? new IrTemplate(result, scalar.Location) : null;
    }
}
