using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Policy.Compiler.Checking;
using Policy.Compiler.Interpreter;
using Policy.Compiler.Lowering;
using Policy.Compiler.TrafficPolicy.Catalog;
using Policy.Runtime.Policies;
using Policy.Runtime.Traffic;
using Policy.Runtime.Values;

namespace Policy.Compiler.Emit;

/// <summary>
/// The Roslyn backend: generates one C# class for a policy (a method per expression and one per
/// rule condition), compiles it (or takes it from the compile cache or a prebuilt artifact) and
/// turns it into a <see cref="CompiledPolicy"/> whose delegates call the generated methods.
/// Generation is deterministic: the same IR gives the same source, methods and constants.
/// </summary>
public sealed class PolicyEmitter
{
    /// <summary>Changes whenever the shape of generated code changes (part of every cache key).</summary>
    public const int CodegenVersion = 3;

    private const string Namespace = "Policy.Generated";
    private const string ClassName = "CompiledPolicyCode";
    private const string ScanName = "Scan";

    private readonly ClassWriter _class = new();
    private readonly Dictionary<CheckedExpr, string> _methods = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IrRule, string> _conditions = [];
    private readonly Dictionary<CheckedExpr, string> _tests = new(ReferenceEqualityComparer.Instance);

    private PolicyEmitter() { }

    /// <summary>The generated source and what is needed to bind it after loading.</summary>
    public sealed class Generated
    {
        internal Generated(string source, string sourceHash, IReadOnlyList<object> constants, PolicyEmitter emitter)
        {
            Source = source;
            SourceHash = sourceHash;
            Constants = constants;
            Emitter = emitter;
        }

        /// <summary>The C# source.</summary>
        public string Source { get; }

        /// <summary>SHA-256 of the source, the runtime's build and the codegen version: the compile-cache key.</summary>
        public string SourceHash { get; }

        internal IReadOnlyList<object> Constants { get; }

        internal PolicyEmitter Emitter { get; }

        /// <summary>The same source with assembly attributes (for artifacts; the hash stays that of <see cref="Source"/>).</summary>
        public string SourceWithAttributes(string assemblyAttributes) =>
            Emitter._class.Build(Namespace, ClassName, assemblyAttributes);

        /// <summary>The name of the generated assembly.</summary>
        public string AssemblyName => "PolicyGenerated_" + SourceHash[..16];
    }

    /// <summary>Generates the C# for a policy's on_tcp_connect rules.</summary>
    public static Generated Generate(IrPolicy policy)
    {
        var emitter = new PolicyEmitter();
        foreach (var rule in policy.RulesOf(Phases.OnTcpConnect))
        {
            foreach (var expression in IrExpressions.Of(rule)) emitter.Expression(expression);
            if (rule.Conditions.Count > 1) emitter.CombinedCondition(rule);
        }
        emitter.Scanner(policy.RulesOf(Phases.OnTcpConnect));
        var body = emitter._class.Build(Namespace, ClassName);
        var hash = Hash(body);
        return new Generated(body, hash, emitter._class.Constants, emitter);
    }

    private static string Hash(string source)
    {
        var stamp = $"codegen {CodegenVersion}; runtime {typeof(CelValue).Assembly.ManifestModule.ModuleVersionId}; compiler {typeof(PolicyEmitter).Assembly.ManifestModule.ModuleVersionId}\n";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(stamp + source)));
    }

    private string Expression(CheckedExpr expr)
    {
        if (_methods.TryGetValue(expr, out var name)) return name;
        name = "E" + _methods.Count;
        if (ExpressionEmitter.EmitMethod(_class, name, CelEnvironment.Default, expr.Root, expr, connectionContext: true) is { } test)
            _tests[expr] = test;
        _methods[expr] = name;
        return name;
    }

    /// <summary>All of a rule's expressions must hold; combined like CEL's <c>&amp;&amp;</c>.</summary>
    private void CombinedCondition(IrRule rule)
    {
        var name = "C" + _conditions.Count;
        var sb = new StringBuilder();
        sb.Append($"    public PV.CelValue {name}({CSharp.TypeName(typeof(ConnectionContext))} ctx)\n    {{\n");
        sb.Append("        PV.CelValue r = PV.CelBool.True;\n");
        foreach (var c in rule.Conditions)
        {
            sb.Append($"        r = PS.Logic.And(r, {_methods[c]}(ctx));\n");
            sb.Append("        if (r is PV.CelBool { Value: false }) return r;\n");
        }
        sb.Append("        return r;\n    }\n");
        _class.Method(sb.ToString());
        _conditions[rule] = name;
    }

    /// <summary>
    /// The <see cref="RuleScanner"/>: one switch over the starting rule whose cases fall through
    /// rule by rule, so a connection runs all its conditions in one call, as a hand-written
    /// if-chain would.
    /// </summary>
    private void Scanner(IReadOnlyList<IrRule> rules)
    {
        var sb = new StringBuilder();
        sb.Append($"    public int {ScanName}({CSharp.TypeName(typeof(ConnectionContext))} ctx, int from, out PV.CelError error)\n    {{\n");
        sb.Append("        error = null;\n        PV.CelValue v;\n        switch (from)\n        {\n");
        for (var i = 0; i < rules.Count; i++)
        {
            sb.Append($"            case {i}:\n");
            var conditions = rules[i].Conditions;
            if (conditions.Count == 0)
            {
                sb.Append($"                return {i};\n");
                continue;
            }
            if (conditions.All(_tests.ContainsKey))
            {
                // Typed bool and infallible: CEL's && is C#'s here.
                sb.Append($"                if ({string.Join(" && ", conditions.Select(c => $"{_tests[c]}(ctx)"))}) return {i};\n");
            }
            else
            {
                var condition = conditions.Count == 1 ? _methods[conditions[0]] : _conditions[rules[i]];
                sb.Append($"                v = {condition}(ctx);\n");
                sb.Append($"                if ((object)v == PV.CelBool.True) return {i};\n");
                sb.Append($"                if (v is PV.CelError e{i}) {{ error = e{i}; return {i}; }}\n");
            }
            sb.Append(i + 1 < rules.Count ? $"                goto case {i + 1};\n" : $"                return {rules.Count};\n");
        }
        sb.Append($"            default:\n                return {rules.Count};\n        }}\n    }}\n");
        _class.Method(sb.ToString());
    }

    /// <summary>Binds a loaded assembly of this generated code into a runnable policy.</summary>
    public static CompiledPolicy Bind(IrPolicy policy, Generated generated, Assembly assembly, string hash, string origin = "roslyn")
    {
        var type = assembly.GetType(Namespace + "." + ClassName) ?? throw new InvalidOperationException("generated class not found");
        var target = ClassWriter.Initialize(type, generated.Constants);
        var emitter = generated.Emitter;
        CompiledExpression Delegate(string name) => type.GetMethod(name)!.CreateDelegate<CompiledExpression>(target);

        var expressions = new Dictionary<CheckedExpr, CompiledExpression>(ReferenceEqualityComparer.Instance);
        foreach (var (expr, name) in emitter._methods) expressions[expr] = Delegate(name);
        CompiledExpression Of(CheckedExpr e) => expressions[e];
        CompiledTemplate Template(IrTemplate t) => new(t.Parts.Select(p => p is IrInterpolation i ? (object)Of(i.Expression) : ((IrLiteral)p).Text).ToList());

        var rules = policy.RulesOf(Phases.OnTcpConnect).Select(r =>
        {
            CompiledExpression? condition = r.Conditions.Count switch
            {
                0 => null,
                1 => Of(r.Conditions[0]),
                _ => Delegate(emitter._conditions[r]),
            };
            var actions = r.Actions.Select(a => PolicyInterpreter.Action(a, Template, v => PolicyInterpreter.Value(v, Template))).ToList();
            return new CompiledRule(r.Index, r.Name, condition, actions);
        }).ToList();
        var scanner = type.GetMethod(ScanName)!.CreateDelegate<RuleScanner>(target);
        return new CompiledPolicy(rules, "compiled", hash) { Owner = assembly, Origin = origin, Scanner = scanner };
    }
}
