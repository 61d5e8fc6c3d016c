using System.Runtime.CompilerServices;
using Policy.Compiler.Checking;
using Policy.Compiler.Syntax;
using Policy.Runtime.Emitted;
using Policy.Runtime.Evaluation;
using Policy.Runtime.Traffic;
using Policy.Runtime.Types;
using Policy.Runtime.Values;

namespace Policy.Compiler.Emit;

/// <summary>
/// Generates the C# of one CEL expression as a static method. Where the checker knows a
/// primitive type the code works on <c>long</c>, <c>ulong</c>, <c>double</c>, <c>bool</c> and
/// <c>string</c> directly, with CEL errors carried in <c>CelError</c> locals (never exceptions);
/// everything else goes through the same <see cref="CelValue"/> runtime the interpreter uses.
/// Unchecked expressions (no types) are generated fully dynamically.
/// </summary>
internal sealed partial class ExpressionEmitter
{
    private const string V = "PV.";
    private const string S = "PE.EmitSupport.";

    private readonly ClassWriter _class;
    private readonly MethodWriter _m = new();
    private readonly CelEnvironment _env;
    private readonly CheckedExpr? _checked;
    private readonly bool _connectionContext;
    private readonly string _activation;
    private readonly List<Dictionary<string, string>> _scopes = [];

    private ExpressionEmitter(ClassWriter cls, CelEnvironment env, CheckedExpr? checkedExpr, bool connectionContext)
    {
        _class = cls;
        _env = env;
        _checked = checkedExpr;
        _connectionContext = connectionContext;
        _activation = connectionContext ? "ctx" : "act";
    }

    /// <summary>
    /// Writes the instance method <c>public CelValue {name}(ConnectionContext ctx)</c> (or over an
    /// <c>IActivation</c> when <paramref name="connectionContext"/> is false). When the expression
    /// is typed bool and cannot fail, the code goes into <c>public bool {name}Holds(…)</c>, which
    /// the value method wraps, and that name is returned; otherwise null.
    /// </summary>
    public static string? EmitMethod(ClassWriter cls, string name, CelEnvironment env, Expr root, CheckedExpr? checkedExpr, bool connectionContext)
    {
        var emitter = new ExpressionEmitter(cls, env, checkedExpr, connectionContext);
        var result = emitter.Emit(root);
        var argument = connectionContext ? "ctx" : "act";
        var parameter = $"{CSharp.TypeName(connectionContext ? typeof(ConnectionContext) : typeof(IActivation))} {argument}";
        if (result is { Rep: Rep.Bool, IsInfallible: true })
        {
            // A plain bool method too, so that a caller that wants a bool (the rule scan) gets one.
            var test = name + "Holds";
            cls.Method($"    public bool {test}({parameter})\n    {{\n{emitter._m}        return {result.Code};\n    }}\n");
            cls.Method($"    public {V}CelValue {name}({parameter}) => {S}Bool({test}({argument}));\n");
            return test;
        }
        var value = emitter.AsValue(result);
        cls.Method($"    public {V}CelValue {name}({parameter})\n    {{\n{emitter._m}        return {value};\n    }}\n");
        return null;
    }

    private CelType TypeOf(Expr e) => _checked?.TypeOf(e) ?? CelType.Dyn;

    private static Rep RepOf(CelType t) => t.Kind switch
    {
        TypeKind.Bool => Rep.Bool,
        TypeKind.Int => Rep.Int,
        TypeKind.Uint => Rep.Uint,
        TypeKind.Double => Rep.Double,
        TypeKind.String => Rep.String,
        _ => Rep.Value,
    };

    private static string ClrType(Rep rep) => rep switch
    {
        Rep.Bool => "bool",
        Rep.Int => "long",
        Rep.Uint => "ulong",
        Rep.Double => "double",
        Rep.String => "string",
        _ => V + "CelValue",
    };

    private static Rep? RepOfClr(Type t) =>
        t == typeof(bool) ? Rep.Bool : t == typeof(long) ? Rep.Int : t == typeof(ulong) ? Rep.Uint
        : t == typeof(double) ? Rep.Double : t == typeof(string) ? Rep.String : null;

    private static string Default(Rep rep) => rep switch
    {
        Rep.Bool => "false",
        Rep.Int => "0L",
        Rep.Uint => "0UL",
        Rep.Double => "0d",
        Rep.String => "\"\"",
        _ => "null",
    };

    private Emitted Emit(Expr e)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        return e switch
        {
            ConstantExpr c => EmitConstant(c.Value),
            IdentExpr i => EmitIdent(i),
            SelectExpr s => EmitSelect(s),
            CallExpr c => EmitCall(c),
            ListExpr l => EmitList(l),
            MapExpr m => EmitMap(m),
            StructExpr st => new Emitted(_class.Constant(CelError.Of($"message construction is not supported: {st.TypeName}"), typeof(CelValue)), Rep.Value),
            ComprehensionExpr c => EmitComprehension(c),
            _ => throw new InvalidOperationException($"unknown node {e.GetType().Name}"),
        };
    }

    // ---- Values and conversions ----------------------------------------------------------

    /// <summary>A C# expression of type CelValue for the emitted value (errors included).</summary>
    private string AsValue(Emitted x)
    {
        if (x.Rep == Rep.Value) return x.Code;
        var boxed = x.Rep switch
        {
            Rep.Bool => $"{S}Bool({x.Code})",
            Rep.Int => $"{V}CelInt.Of({x.Code})",
            Rep.Uint => $"{V}CelUint.Of({x.Code})",
            Rep.Double => $"{V}CelDouble.Of({x.Code})",
            _ => $"{V}CelString.Of({x.Code})",
        };
        return x.Error is null ? boxed : $"(({V}CelValue){x.Error} ?? {boxed})";
    }

    /// <summary>The value in the requested representation (unboxing with a type check when needed).</summary>
    private Emitted AsRep(Emitted x, Rep rep)
    {
        if (x.Rep == rep) return x;
        if (rep == Rep.Value) return new Emitted(AsValue(x), Rep.Value, Safe: x.IsInfallible);
        var source = x.Rep == Rep.Value ? x.Code : AsValue(x);
        var value = _m.Local(ClrType(rep), "v", Default(rep));
        var unbox = rep switch
        {
            Rep.Bool => "ToBool",
            Rep.Int => "ToInt",
            Rep.Uint => "ToUint",
            Rep.Double => "ToDouble",
            _ => "ToStr",
        };
        var error = _m.Local(V + "CelError", "e", $"{S}{unbox}({source}, out {value})");
        return new Emitted(value, rep, error);
    }

    private Emitted EmitConstant(CelValue value) => value switch
    {
        CelBool b => new Emitted(CSharp.Literal(b.Value), Rep.Bool),
        CelInt i => new Emitted(CSharp.Literal(i.Value), Rep.Int),
        CelUint u => new Emitted(CSharp.Literal(u.Value), Rep.Uint),
        CelDouble d => new Emitted(CSharp.Literal(d.Value), Rep.Double),
        CelString s => new Emitted(CSharp.Literal(s.Value), Rep.String),
        CelNull => new Emitted($"{V}CelNull.Instance", Rep.Value),
        _ => new Emitted(_class.Constant(value, typeof(CelValue)), Rep.Value),
    };

    // ---- Names -----------------------------------------------------------------------------

    private string? LookupLocal(string name)
    {
        for (var i = _scopes.Count - 1; i >= 0; i--)
            if (_scopes[i].TryGetValue(name, out var local)) return local;
        return null;
    }

    private Emitted EmitIdent(IdentExpr e)
    {
        switch (_checked?.ReferenceOf(e))
        {
            case VariableReference v:
                return EmitVariable(v.Variable);
            case TypeReference t:
                return new Emitted(_class.Constant(CelTypeValue.Of(t.Type), typeof(CelValue)), Rep.Value);
        }
        if (!e.Name.StartsWith('.') && LookupLocal(e.Name) is { } local) return new Emitted(local, Rep.Value);
        return EmitAttribute(e.Name);
    }

    /// <summary>A declared variable: its typed getter when the context type allows, else a read by name.</summary>
    private Emitted EmitVariable(VariableDecl variable)
    {
        if (_connectionContext && variable.ContextType == typeof(ConnectionContext) && variable.Getter?.Method is { IsStatic: true, IsPublic: true } getter
            && getter.DeclaringType is { IsPublic: true } && RepOfClr(getter.ReturnType) is { } rep)
        {
            var local = _m.Local(ClrType(rep), "v", $"{CSharp.TypeName(getter.DeclaringType)}.{getter.Name}(ctx)");
            return new Emitted(local, rep);
        }
        var decl = _class.Constant(variable, typeof(VariableDecl));
        return new Emitted(_m.Local(V + "CelValue", "v", $"{decl}.Read({_activation})"), Rep.Value);
    }

    /// <summary>An unchecked (possibly qualified) name followed by selections, resolved at run time.</summary>
    private Emitted EmitAttribute(string name, params string[] fields)
    {
        var (names, rest, display) = QualifiedNames.Alternatives(_env, name, fields);
        var typeValue = fields.Length == 0 && _env.ResolveType(name) is { } t ? (CelValue)CelTypeValue.Of(t) : null;
        var namesField = _class.Constant(names, typeof(string[][]));
        var restField = _class.Constant(rest, typeof(string[][]));
        var typeField = typeValue is null ? "null" : _class.Constant(typeValue, typeof(CelValue));
        return new Emitted(_m.Local(V + "CelValue", "v", $"{S}Attribute({_activation}, {namesField}, {restField}, {typeField}, {CSharp.Literal(display)})"), Rep.Value);
    }

    private Emitted EmitSelect(SelectExpr e)
    {
        if (_checked is null && !e.TestOnly && MacroExpander.QualifiedName(e) is { } q)
        {
            var root = q.TrimStart('.').Split('.')[0];
            if (q.StartsWith('.') || LookupLocal(root) is null) return EmitAttribute(q);
        }
        var operand = AsValue(Emit(e.Operand));
        var helper = e.TestOnly ? "Has" : "Select";
        return new Emitted(_m.Local(V + "CelValue", "v", $"{S}{helper}({operand}, {CSharp.Literal(e.Field)})"), Rep.Value);
    }
}
