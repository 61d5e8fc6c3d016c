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
    private CelEnvironment Environment() => _environment ??= PolicyEnvironments.For(_context.Scheme, _phase);

    /// <summary>Declares (or re-declares) a set-vars variable in the environment of the rest of the phase.</summary>
    private void DeclareVar(string name, CelType type)
    {
        _vars[name] = type;
        // Extending the cached environment by one name keeps a policy with many set-vars linear;
        // rebuilding it from all variables for every expression made 3,000 rules take seconds.
        _environment = Environment().WithVariables([PolicyEnvironments.Var(name, type)]);
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
        if (checkedExpr is not null) ReportUnsetVariables(checkedExpr, scalar, span);
        return checkedExpr;
    }

    /// <summary>
    /// Reports <c>vars.NAME</c> where no set-vars of this phase has set NAME so far. Set variables
    /// are declared by name; any other <c>vars.x</c> resolves to a field of the <c>vars</c> map
    /// and would otherwise type-check as dyn without a word. <c>has(vars.x)</c> guards the name.
    /// </summary>
    private void ReportUnsetVariables(CheckedExpr checkedExpr, PolicyScalar scalar, TextSpan span)
    {
        var selects = new List<SelectExpr>();
        CollectVarsSelects(checkedExpr, checkedExpr.Root, selects);
        var guarded = selects.Where(s => s.TestOnly).Select(s => s.Field).ToHashSet(StringComparer.Ordinal);
        foreach (var select in selects.Where(s => !s.TestOnly && !guarded.Contains(s.Field)).DistinctBy(s => s.Field))
        {
            var start = Math.Min(select.Operand.Span.Start, select.Span.Start);
            Report(DiagnosticCatalog.UnsetVariable, scalar.Locate(TextSpan.FromBounds(start + span.Start, select.Span.End + span.Start)),
                $"vars.{select.Field} is not set by any set-vars before this point of {_phase}; reading it fails at run time");
        }
    }

    private static void CollectVarsSelects(CheckedExpr checkedExpr, Expr e, List<SelectExpr> found)
    {
        switch (e)
        {
            case SelectExpr { Operand: IdentExpr ident } select
                when checkedExpr.ReferenceOf(ident) is VariableReference { Variable.Name: "vars" }:
                found.Add(select);
                break;
            case SelectExpr select:
                CollectVarsSelects(checkedExpr, select.Operand, found);
                break;
            case CallExpr call:
                if (call.Target is not null) CollectVarsSelects(checkedExpr, call.Target, found);
                foreach (var arg in call.Args) CollectVarsSelects(checkedExpr, arg, found);
                break;
            case ListExpr list:
                foreach (var item in list.Elements) CollectVarsSelects(checkedExpr, item, found);
                break;
            case MapExpr map:
                foreach (var entry in map.Entries)
                {
                    CollectVarsSelects(checkedExpr, entry.Key, found);
                    CollectVarsSelects(checkedExpr, entry.Value, found);
                }
                break;
            case StructExpr structExpr:
                foreach (var field in structExpr.Fields) CollectVarsSelects(checkedExpr, field.Value, found);
                break;
            case ComprehensionExpr c:
                CollectVarsSelects(checkedExpr, c.IterRange, found);
                CollectVarsSelects(checkedExpr, c.AccuInit, found);
                CollectVarsSelects(checkedExpr, c.LoopCondition, found);
                CollectVarsSelects(checkedExpr, c.LoopStep, found);
                CollectVarsSelects(checkedExpr, c.Result, found);
                break;
        }
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
                    Report(DiagnosticCatalog.InvalidTemplate, scalar.Locate(new TextSpan(expression.Span.Start - 2, expression.Span.Length + 3)), "'${}' holds no expression");
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
