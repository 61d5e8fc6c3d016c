using Policy.Compiler.Checking;
using Policy.Compiler.Interpreter.Nodes;
using Policy.Compiler.Syntax;
using Policy.Runtime.Functions;
using Policy.Runtime.Values;

namespace Policy.Compiler.Interpreter;

/// <summary>
/// Turns an expression into a tree of <see cref="Node"/>s once, so that evaluation does no name
/// lookups or overload searches it can avoid. A checked expression uses the checker's
/// references; an unchecked one (the conformance suite's <c>disable_check</c>) resolves names
/// and overloads from the environment, and at run time where only the values can tell.
/// </summary>
public sealed class Planner
{
    private readonly CelEnvironment _env;
    private readonly CheckedExpr? _checked;
    private readonly List<Dictionary<string, int>> _scopes = [];
    private int _slots;

    private Planner(CelEnvironment env, CheckedExpr? checkedExpr)
    {
        _env = env;
        _checked = checkedExpr;
    }

    /// <summary>Plans a checked expression.</summary>
    public static CelProgram Plan(CelEnvironment env, CheckedExpr checkedExpr)
    {
        var planner = new Planner(env, checkedExpr);
        var root = planner.PlanExpr(checkedExpr.Root);
        return new CelProgram(root, planner._slots);
    }

    /// <summary>Plans an expression that was not type-checked.</summary>
    public static CelProgram PlanUnchecked(CelEnvironment env, ParsedExpr parsed)
    {
        var planner = new Planner(env, null);
        var root = planner.PlanExpr(parsed.Root);
        return new CelProgram(root, planner._slots);
    }

    private Reference? ReferenceOf(Expr e) => _checked?.ReferenceOf(e);

    private int? LookupSlot(string name)
    {
        for (var i = _scopes.Count - 1; i >= 0; i--)
            if (_scopes[i].TryGetValue(name, out var slot)) return slot;
        return null;
    }

    private Node PlanExpr(Expr e) => e switch
    {
        ConstantExpr c => new ConstantNode(c.Value),
        IdentExpr i => PlanIdent(i),
        SelectExpr s => PlanSelect(s),
        CallExpr c => PlanCall(c),
        ListExpr l => new ListNode(l.Elements.Select(PlanExpr).ToArray(), Enumerable.Range(0, l.Elements.Count).Select(l.OptionalIndices.Contains).ToArray()),
        MapExpr m => new MapNode(m.Entries.Select(x => PlanExpr(x.Key)).ToArray(), m.Entries.Select(x => PlanExpr(x.Value)).ToArray(), m.Entries.Select(x => x.Optional).ToArray()),
        StructExpr st => new ConstantNode(CelError.Of($"message construction is not supported: {st.TypeName}")),
        ComprehensionExpr c => PlanComprehension(c),
        _ => throw new InvalidOperationException($"unknown node {e.GetType().Name}"),
    };

    private Node PlanIdent(IdentExpr e)
    {
        switch (ReferenceOf(e))
        {
            case VariableReference v: return new VariableNode(v.Variable);
            case TypeReference t: return new ConstantNode(CelTypeValue.Of(t.Type));
        }
        if (!e.Name.StartsWith('.') && LookupSlot(e.Name) is { } slot) return new SlotNode(slot);
        return Attribute(e.Name, []);
    }

    /// <summary>An unchecked (possibly qualified) name followed by field selections.</summary>
    private AttributeNode Attribute(string name, string[] fields)
    {
        var (names, rest, display) = QualifiedNames.Alternatives(_env, name, fields);
        var typeValue = fields.Length == 0 && _env.ResolveType(name) is { } t ? CelTypeValue.Of(t) : null;
        return new AttributeNode(names, rest, typeValue, display);
    }

    private Node PlanSelect(SelectExpr e)
    {
        if (_checked is null && !e.TestOnly && MacroExpander.QualifiedName(e) is { } q)
        {
            var root = q.TrimStart('.').Split('.')[0];
            if (q.StartsWith('.') || LookupSlot(root) is null) return Attribute(q, []);
        }
        return new SelectNode(PlanExpr(e.Operand), e.Field, e.TestOnly);
    }

    private Node PlanCall(CallExpr e)
    {
        switch (e.Function)
        {
            case Operators.LogicalAnd when e.Args.Count == 2:
                return new LogicalNode(true, PlanExpr(e.Args[0]), PlanExpr(e.Args[1]));
            case Operators.LogicalOr when e.Args.Count == 2:
                return new LogicalNode(false, PlanExpr(e.Args[0]), PlanExpr(e.Args[1]));
            case Operators.Conditional when e.Args.Count == 3:
                return new ConditionalNode(PlanExpr(e.Args[0]), PlanExpr(e.Args[1]), PlanExpr(e.Args[2]));
            case Operators.NotStrictlyFalse when e.Args.Count == 1:
                return new NotStrictlyFalseNode(PlanExpr(e.Args[0]));
            case Operators.OptSelect when e.Args.Count == 2 && e.Args[1] is ConstantExpr { Value: CelString f }:
                return new OptionalSelectNode(PlanExpr(e.Args[0]), f.Value);
        }

        if (ReferenceOf(e) is FunctionReference fr)
            return new CallNode(fr.Function.Name, [.. fr.Overloads], Arguments(e));

        // Unchecked: a.b.f(x) may be the namespaced function a.b.f.
        if (e.Target is not null && MacroExpander.QualifiedName(e.Target) is { } qualifier
            && LookupSlot(qualifier.TrimStart('.').Split('.')[0]) is null
            && _env.ResolveFunction(qualifier + "." + e.Function) is { } namespaced)
        {
            return new CallNode(namespaced.Name, Candidates(namespaced, false), e.Args.Select(PlanExpr).ToArray());
        }
        var fn = _env.ResolveFunction(e.Function);
        if (fn is null)
            return new ConstantNode(CelError.Of($"no such function: {e.Function.TrimStart('.')}"));
        return new CallNode(fn.Name, Candidates(fn, e.Target is not null), Arguments(e));
    }

    private static Overload[] Candidates(FunctionDecl fn, bool isInstance) =>
        fn.Overloads.Where(o => o.IsInstance == isInstance).ToArray();

    private Node[] Arguments(CallExpr e)
    {
        var args = new List<Node>(e.Args.Count + 1);
        if (e.Target is not null) args.Add(PlanExpr(e.Target));
        args.AddRange(e.Args.Select(PlanExpr));
        return [.. args];
    }

    private Node PlanComprehension(ComprehensionExpr e)
    {
        var range = PlanExpr(e.IterRange);
        var init = PlanExpr(e.AccuInit);
        var accuSlot = _slots++;
        var iterSlot = _slots++;
        var iterSlot2 = e.IterVar2 is null ? ComprehensionNode.NoSlot : _slots++;

        _scopes.Add(new Dictionary<string, int> { [e.AccuVar] = accuSlot });
        var iteration = new Dictionary<string, int> { [e.IterVar] = iterSlot };
        if (e.IterVar2 is not null) iteration[e.IterVar2] = iterSlot2;
        _scopes.Add(iteration);
        var condition = PlanExpr(e.LoopCondition);
        var step = PlanExpr(e.LoopStep);
        _scopes.RemoveAt(_scopes.Count - 1);
        var result = PlanExpr(e.Result);
        _scopes.RemoveAt(_scopes.Count - 1);

        return new ComprehensionNode(range, iterSlot, iterSlot2, accuSlot, init, condition, step, result);
    }
}
