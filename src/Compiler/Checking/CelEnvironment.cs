using System.Collections.Immutable;
using Policy.Compiler.Diagnostics;
using Policy.Compiler.Syntax;
using Policy.Runtime.Evaluation;
using Policy.Runtime.Functions;
using Policy.Runtime.Library;
using Policy.Runtime.Types;

namespace Policy.Compiler.Checking;

/// <summary>
/// What an expression may refer to: variables, functions (merged by name across libraries),
/// type names, the container for name resolution, and the parser options. Immutable; the
/// <c>With…</c> methods make extended copies.
/// </summary>
public sealed class CelEnvironment
{
    private static readonly CelType[] BuiltinTypes =
    [
        CelType.Int, CelType.Uint, CelType.Double, CelType.Bool, CelType.String, CelType.Bytes,
        CelType.ListOfDyn, CelType.MapOfDyn, CelType.Null, CelType.TypeOfDyn, CelType.Timestamp, CelType.Duration,
        CelType.Optional(CelType.Dyn),
    ];

    private readonly ImmutableDictionary<string, VariableDecl> _variables;
    private readonly ImmutableDictionary<string, FunctionDecl> _functions;
    private readonly ImmutableDictionary<string, CelType> _types;
    private readonly ImmutableDictionary<string, UnavailableName> _unavailable;

    private CelEnvironment(string container, ParserOptions parserOptions, ImmutableDictionary<string, VariableDecl> variables,
        ImmutableDictionary<string, FunctionDecl> functions, ImmutableDictionary<string, CelType> types,
        ImmutableDictionary<string, UnavailableName>? unavailable = null)
    {
        Container = container;
        ParserOptions = parserOptions;
        _variables = variables;
        _functions = functions;
        _types = types;
        _unavailable = unavailable ?? ImmutableDictionary<string, UnavailableName>.Empty;
    }

    /// <summary>
    /// A name that exists in the language's wider world but not here (an HTTP variable on a TLS
    /// endpoint): referring to it gets this diagnostic instead of "undeclared reference".
    /// </summary>
    public sealed record UnavailableName(string Name, DiagnosticDescriptor Descriptor, string Message);

    /// <summary>The namespace names are resolved in (<c>a.b</c> tries <c>a.b.x</c>, <c>a.x</c>, <c>x</c>).</summary>
    public string Container { get; }

    /// <summary>Parser limits and macros.</summary>
    public ParserOptions ParserOptions { get; }

    /// <summary>The declared variables.</summary>
    public IEnumerable<VariableDecl> Variables => _variables.Values;

    /// <summary>The declared functions.</summary>
    public IEnumerable<FunctionDecl> Functions => _functions.Values;

    /// <summary>An environment with the given libraries and no variables.</summary>
    public static CelEnvironment Create(IEnumerable<CelLibrary> libraries)
    {
        var libs = libraries.ToList();
        var types = BuiltinTypes.Concat(libs.SelectMany(l => l.Types)).ToImmutableDictionary(TypeName);
        var env = new CelEnvironment("", ParserOptions.Default, ImmutableDictionary<string, VariableDecl>.Empty,
            ImmutableDictionary<string, FunctionDecl>.Empty, types);
        return env.WithFunctions(libs.SelectMany(l => l.Functions));
    }

    /// <summary>Every library this toolkit has (standard and extensions).</summary>
    public static CelEnvironment Default { get; } = Create(CelLibraries.All);

    private static string TypeName(CelType t) => t.Kind switch
    {
        TypeKind.List => "list",
        TypeKind.Map => "map",
        TypeKind.Type => "type",
        _ => t.Name,
    };

    /// <summary>A copy with more variables (a later declaration of a name replaces an earlier one).</summary>
    public CelEnvironment WithVariables(IEnumerable<VariableDecl> variables) =>
        new(Container, ParserOptions, _variables.SetItems(variables.Select(v => KeyValuePair.Create(v.Name, v))), _functions, _types, _unavailable);

    /// <summary>A copy with more functions; overloads of an existing name are added to it.</summary>
    public CelEnvironment WithFunctions(IEnumerable<FunctionDecl> functions)
    {
        var builder = _functions.ToBuilder();
        foreach (var f in functions)
            builder[f.Name] = builder.TryGetValue(f.Name, out var existing) ? existing.Merge(f) : f;
        return new(Container, ParserOptions, _variables, builder.ToImmutable(), _types, _unavailable);
    }

    /// <summary>A copy that explains references to names that are known but unavailable (variables by root name, functions by name).</summary>
    public CelEnvironment WithUnavailable(IEnumerable<UnavailableName> names) =>
        new(Container, ParserOptions, _variables, _functions, _types, _unavailable.SetItems(names.Select(n => KeyValuePair.Create(n.Name, n))));

    /// <summary>Why a name is unavailable, if it is one of the known-but-unavailable names.</summary>
    public UnavailableName? FindUnavailable(string name) => _unavailable.GetValueOrDefault(name.TrimStart('.'));

    /// <summary>A copy with another container.</summary>
    public CelEnvironment WithContainer(string container) => new(container, ParserOptions, _variables, _functions, _types, _unavailable);

    /// <summary>A copy with other parser options.</summary>
    public CelEnvironment WithParserOptions(ParserOptions options) => new(Container, options, _variables, _functions, _types, _unavailable);

    /// <summary>
    /// The names to try for <paramref name="name"/>, most qualified first: with container
    /// <c>a.b</c>, <c>x</c> gives <c>a.b.x</c>, <c>a.x</c>, <c>x</c>; a leading dot means only the root.
    /// </summary>
    public IEnumerable<string> Candidates(string name)
    {
        if (name.StartsWith('.'))
        {
            yield return name[1..];
            yield break;
        }
        var prefix = Container;
        while (prefix.Length > 0)
        {
            yield return prefix + "." + name;
            var dot = prefix.LastIndexOf('.');
            prefix = dot < 0 ? "" : prefix[..dot];
        }
        yield return name;
    }

    /// <summary>The variable a (possibly qualified) name resolves to.</summary>
    public VariableDecl? ResolveVariable(string name)
    {
        foreach (var c in Candidates(name))
            if (_variables.TryGetValue(c, out var v)) return v;
        return null;
    }

    /// <summary>The type a name denotes (<c>int</c>, <c>net.IP</c>), if any.</summary>
    public CelType? ResolveType(string name)
    {
        foreach (var c in Candidates(name))
            if (_types.TryGetValue(c, out var t)) return t;
        return null;
    }

    /// <summary>The function a (possibly qualified) name resolves to.</summary>
    public FunctionDecl? ResolveFunction(string name)
    {
        foreach (var c in Candidates(name))
            if (_functions.TryGetValue(c, out var f)) return f;
        return null;
    }

    /// <summary>Parses an expression with this environment's options.</summary>
    public (ParsedExpr? Result, ImmutableArray<Diagnostic> Diagnostics) Parse(ExpressionSource source) =>
        CelSyntax.Parse(source, ParserOptions);

    /// <summary>Type-checks a parsed expression.</summary>
    public (CheckedExpr? Result, ImmutableArray<Diagnostic> Diagnostics) Check(ParsedExpr parsed) => Checker.Check(this, parsed);

    /// <summary>Parses and checks; stops after parsing when it reported errors.</summary>
    public (CheckedExpr? Result, ImmutableArray<Diagnostic> Diagnostics) Compile(ExpressionSource source)
    {
        var (parsed, parseDiagnostics) = Parse(source);
        if (parsed is null) return (null, parseDiagnostics);
        var (checkedExpr, checkDiagnostics) = Check(parsed);
        return (checkedExpr, parseDiagnostics.AddRange(checkDiagnostics));
    }

    /// <summary>Parses and checks a standalone expression.</summary>
    public (CheckedExpr? Result, ImmutableArray<Diagnostic> Diagnostics) Compile(string text) => Compile(ExpressionSource.FromText(text));
}
