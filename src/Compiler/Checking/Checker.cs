using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Policy.Compiler.Diagnostics;
using Policy.Compiler.Syntax;
using Policy.Runtime.Types;
using Policy.Runtime.Values;

namespace Policy.Compiler.Checking;

/// <summary>
/// CEL's type checker: resolves names against the environment (longest declared qualified
/// name first, container prefixes, comprehension variables shadowing), infers the type of every
/// node with type-parameter substitution, picks the overloads a call can use, and rewrites
/// qualified names and namespaced function calls into their resolved form. It reports every
/// error it finds and keeps going with an error type.
/// </summary>
internal sealed partial class Checker
{
    private readonly CelEnvironment _env;
    private readonly ParsedExpr _parsed;
    private readonly DiagnosticReporter _diagnostics = new();
    private readonly TypeInference _inference = new();
    private readonly Dictionary<int, CelType> _types = [];
    private readonly Dictionary<int, Reference> _references = [];
    private readonly List<Dictionary<string, CelType>> _scopes = [];

    private Checker(CelEnvironment env, ParsedExpr parsed)
    {
        _env = env;
        _parsed = parsed;
    }

    public static (CheckedExpr? Result, ImmutableArray<Diagnostic> Diagnostics) Check(CelEnvironment env, ParsedExpr parsed)
    {
        var checker = new Checker(env, parsed);
        Expr root;
        try
        {
            root = checker.Visit(parsed.Root);
        }
        catch (InsufficientExecutionStackException)
        {
            checker.Report(DiagnosticCatalog.CelTooComplex, parsed.Root, "expression is nested too deeply to check");
            return (null, checker._diagnostics.ToImmutable());
        }
        if (checker._diagnostics.HasErrors) return (null, checker._diagnostics.ToImmutable());

        // Unbound type parameters mean "anything": report them as dyn.
        var types = checker._types.ToDictionary(kv => kv.Key, kv => checker._inference.Substitute(kv.Value, paramsToDyn: true));
        return (new CheckedExpr(parsed, root, types, checker._references), checker._diagnostics.ToImmutable());
    }

    private void Report(DiagnosticDescriptor descriptor, Expr at, string message) => ReportAt(descriptor, at.Span, message);

    private void ReportAt(DiagnosticDescriptor descriptor, TextSpan at, string message) =>
        _diagnostics.Report(descriptor, _parsed.Source.Locate(at), message);

    /// <summary>The span of a whole selection chain <c>a.b.c</c>, from its root identifier.</summary>
    private static TextSpan ChainSpan(Expr e)
    {
        var root = e;
        while (root is SelectExpr s) root = s.Operand;
        return root.Span.Union(e.Span);
    }

    private CelType TypeOf(Expr e) => _types.GetValueOrDefault(e.Id) ?? CelType.Error;

    private void SetType(Expr e, CelType t) => _types[e.Id] = t;

    private CelType Substituted(Expr e) => _inference.Substitute(TypeOf(e));

    private static string Show(CelType t) => t.Kind == TypeKind.TypeParam ? "dyn" : t.ToString();

    private Expr Visit(Expr e)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (e)
        {
            case ConstantExpr c:
                SetType(e, ConstantType(c.Value));
                return e;
            case IdentExpr i:
                return VisitIdent(i);
            case SelectExpr s:
                return VisitSelect(s);
            case CallExpr c:
                return VisitCall(c);
            case ListExpr l:
                return VisitList(l);
            case MapExpr m:
                return VisitMap(m);
            case StructExpr st:
                return VisitStruct(st);
            case ComprehensionExpr c:
                return VisitComprehension(c);
            default:
                throw new InvalidOperationException($"unknown node {e.GetType().Name}");
        }
    }

    private static CelType ConstantType(CelValue v) => v.Kind switch
    {
        CelKind.Null => CelType.Null,
        CelKind.Bool => CelType.Bool,
        CelKind.Int => CelType.Int,
        CelKind.Uint => CelType.Uint,
        CelKind.Double => CelType.Double,
        CelKind.String => CelType.String,
        CelKind.Bytes => CelType.Bytes,
        _ => CelType.Error,
    };

    // ---- Names ---------------------------------------------------------------------------

    private CelType? LookupLocal(string name)
    {
        for (var i = _scopes.Count - 1; i >= 0; i--)
            if (_scopes[i].TryGetValue(name, out var t)) return t;
        return null;
    }

    private Expr VisitIdent(IdentExpr e)
    {
        if (!e.Name.StartsWith('.') && LookupLocal(e.Name) is { } local)
        {
            SetType(e, local);
            return e;
        }
        if (ResolveName(e, e.Name) is { } resolved) return resolved;
        SetType(e, CelType.Error);
        ReportUndeclared(e, e.Name);
        return e;
    }

    /// <summary>
    /// Resolves a (qualified) name as a variable or a type; on success the node becomes an
    /// identifier with the fully qualified name.
    /// </summary>
    private Expr? ResolveName(Expr e, string name)
    {
        if (_env.ResolveVariable(name) is { } variable)
        {
            var ident = new IdentExpr(e.Id, e.Span, variable.Name);
            SetType(ident, variable.Type);
            _references[e.Id] = new VariableReference(variable);
            return ident;
        }
        if (_env.ResolveType(name) is { } type)
        {
            var ident = new IdentExpr(e.Id, e.Span, type.Name);
            SetType(ident, CelType.Type(type));
            _references[e.Id] = new TypeReference(type);
            return ident;
        }
        return null;
    }

    private void ReportUndeclared(Expr e, string name, TextSpan? span = null)
    {
        var at = span ?? e.Span;
        if ((_env.FindUnavailable(name) ?? _env.FindUnavailable(name.Split('.')[0])) is { } unavailable)
        {
            ReportAt(unavailable.Descriptor, at, unavailable.Message);
            return;
        }
        var hint = Suggestions.DidYouMean(name, _env.Variables.Select(v => v.Name));
        ReportAt(DiagnosticCatalog.CelUndeclaredReference, at,
            (_env.Container.Length == 0
                ? $"undeclared reference to '{name}'"
                : $"undeclared reference to '{name}' (in container '{_env.Container}')") + hint);
    }

    /// <summary>True when some proper prefix of a dotted name is a variable or a type.</summary>
    private bool AnyPrefixResolves(string qualified)
    {
        var parts = qualified.TrimStart('.').Split('.');
        var rooted = qualified.StartsWith('.') ? "." : "";
        for (var n = parts.Length - 1; n >= 1; n--)
        {
            var prefix = rooted + string.Join(".", parts[..n]);
            if (_env.ResolveVariable(prefix) is not null || _env.ResolveType(prefix) is not null) return true;
        }
        return false;
    }

    /// <summary>
    /// The qualified name a chain of selections spells (<c>a.b.c</c>), unless its root is a
    /// comprehension variable, which shadows every declaration.
    /// </summary>
    private string? QualifiedName(Expr e)
    {
        var name = MacroExpander.QualifiedName(e);
        if (name is null) return null;
        var root = name.Split('.')[0];
        return root.Length > 0 && LookupLocal(root) is not null ? null : name;
    }

    private Expr VisitSelect(SelectExpr e)
    {
        if (!e.TestOnly && QualifiedName(e) is { } qualified)
        {
            if (ResolveName(e, qualified) is { } resolved) return resolved;
            if (!AnyPrefixResolves(qualified))
            {
                // Nothing of a.b.c is declared: name the whole thing, not just its root.
                ReportUndeclared(e, qualified.TrimStart('.'), ChainSpan(e));
                SetType(e, CelType.Error);
                return e;
            }
        }

        var operand = Visit(e.Operand);
        var result = SelectField(e, TypeOf(operand), e.Field, optional: false);
        SetType(e, e.TestOnly ? CelType.Bool : _inference.Substitute(result));
        return e with { Operand = operand };
    }

    /// <summary>The type of selecting <paramref name="field"/> from a value of <paramref name="operandType"/>.</summary>
    private CelType SelectField(Expr e, CelType operandType, string field, bool optional)
    {
        var target = _inference.Substitute(operandType);
        var isOptional = false;
        if (target.IsOptional)
        {
            target = target.Parameters[0];
            isOptional = true;
        }
        CelType result;
        switch (target.Kind)
        {
            case TypeKind.Map:
                result = target.Parameters[1];
                break;
            case TypeKind.TypeParam:
                _inference.IsAssignable(CelType.Dyn, target);
                result = CelType.Dyn;
                break;
            case TypeKind.Dyn or TypeKind.Error:
                result = CelType.Dyn;
                break;
            default:
                Report(DiagnosticCatalog.CelFieldSelection, e, $"type '{Show(target)}' does not support field selection (selecting '{field}')");
                result = CelType.Error;
                break;
        }
        return isOptional || optional ? CelType.Optional(result) : result;
    }

    // ---- Aggregates ----------------------------------------------------------------------

    private CelType? JoinTypes(CelType? previous, CelType current) =>
        previous is null ? current
        : _inference.IsAssignable(previous, current) ? TypeInference.MostGeneral(previous, current)
        : CelType.Dyn;

    private CelType ElementOfOptional(Expr element, CelType type)
    {
        var t = _inference.Substitute(type);
        if (t.IsOptional) return t.Parameters[0];
        if (t.Kind is not (TypeKind.Dyn or TypeKind.Error or TypeKind.TypeParam))
            Report(DiagnosticCatalog.CelTypeMismatch, element, $"expected type 'optional_type({Show(t)})' but found '{Show(t)}'");
        return t.Kind == TypeKind.TypeParam ? CelType.Dyn : t;
    }

    private Expr VisitList(ListExpr e)
    {
        var elements = new Expr[e.Elements.Count];
        CelType? elementType = null;
        for (var i = 0; i < elements.Length; i++)
        {
            elements[i] = Visit(e.Elements[i]);
            var t = TypeOf(elements[i]);
            if (e.OptionalIndices.Contains(i)) t = ElementOfOptional(elements[i], t);
            elementType = JoinTypes(elementType, t);
        }
        SetType(e, CelType.List(elementType ?? _inference.NewTypeVar()));
        return e with { Elements = elements };
    }

    private Expr VisitMap(MapExpr e)
    {
        var entries = new MapEntry[e.Entries.Count];
        CelType? keyType = null, valueType = null;
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = e.Entries[i];
            var key = Visit(entry.Key);
            var value = Visit(entry.Value);
            var vt = entry.Optional ? ElementOfOptional(value, TypeOf(value)) : TypeOf(value);
            keyType = JoinTypes(keyType, TypeOf(key));
            valueType = JoinTypes(valueType, vt);
            entries[i] = entry with { Key = key, Value = value };
        }
        SetType(e, CelType.Map(keyType ?? _inference.NewTypeVar(), valueType ?? _inference.NewTypeVar()));
        return e with { Entries = entries };
    }

    private Expr VisitStruct(StructExpr e)
    {
        var fields = e.Fields.Select(f => f with { Value = Visit(f.Value) }).ToList();
        Report(DiagnosticCatalog.CelUnknownType, e, $"undeclared reference to message type '{e.TypeName}': message construction is not supported");
        SetType(e, CelType.Error);
        return e with { Fields = fields };
    }

    private Expr VisitComprehension(ComprehensionExpr e)
    {
        var range = Visit(e.IterRange);
        var init = Visit(e.AccuInit);
        var accuType = TypeOf(init);
        var rangeType = Substituted(range);
        CelType varType, var2Type = CelType.Dyn;
        switch (rangeType.Kind)
        {
            case TypeKind.List:
                varType = rangeType.Parameters[0];
                if (e.IterVar2 is not null)
                {
                    var2Type = varType;
                    varType = CelType.Int;
                }
                break;
            case TypeKind.Map:
                varType = rangeType.Parameters[0];
                var2Type = rangeType.Parameters[1];
                break;
            case TypeKind.Dyn or TypeKind.Error or TypeKind.TypeParam:
                _inference.IsAssignable(CelType.Dyn, rangeType);
                varType = CelType.Dyn;
                break;
            default:
                Report(DiagnosticCatalog.CelInvalidRange, range,
                    $"expression of type '{Show(rangeType)}' cannot be the range of a comprehension (it must be a list, a map or dyn)");
                varType = CelType.Error;
                break;
        }

        _scopes.Add(new Dictionary<string, CelType> { [e.AccuVar] = accuType });
        var iteration = new Dictionary<string, CelType> { [e.IterVar] = varType };
        if (e.IterVar2 is not null) iteration[e.IterVar2] = var2Type;
        _scopes.Add(iteration);
        var condition = Visit(e.LoopCondition);
        ExpectType(condition, CelType.Bool);
        var step = Visit(e.LoopStep);
        ExpectType(step, accuType);
        _scopes.RemoveAt(_scopes.Count - 1);
        var result = Visit(e.Result);
        _scopes.RemoveAt(_scopes.Count - 1);

        SetType(e, Substituted(result));
        return e with { IterRange = range, AccuInit = init, LoopCondition = condition, LoopStep = step, Result = result };
    }

    private void ExpectType(Expr e, CelType expected)
    {
        if (!_inference.IsAssignable(expected, TypeOf(e)))
            Report(DiagnosticCatalog.CelTypeMismatch, e, $"expected type '{Show(_inference.Substitute(expected))}' but found '{Show(Substituted(e))}'");
    }
}
