using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Policy.Runtime.Network;
using Policy.Runtime.Policies;
using Policy.Runtime.Traffic;
using Policy.Runtime.Values;

namespace Policy.Benchmarks.Evaluation;

/// <summary>
/// One reference expression evaluated four ways in the same run: hand-written C# doing the same
/// work (the baseline), the Roslyn-compiled delegate, our interpreter, and the <c>Cel</c> NuGet
/// package where it supports the expression. The hand-written code is called through the same
/// delegate type a compiled condition has (<see cref="CompiledExpression"/>), so the comparison
/// is of the code each produces, not of a delegate call against an inlined one.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public abstract class Perf_Eval_Reference
{
    private CompiledExpression _compiled = null!;
    private CompiledExpression _interpreted = null!;
    private CompiledExpression _handWritten = null!;

    /// <summary>The connection the expression reads.</summary>
    protected ConnectionContext Context { get; } = Fixture.Connection();

    /// <summary>The CEL text.</summary>
    protected abstract string Expression { get; }

    /// <summary>Compiles the expression for each backend.</summary>
    [GlobalSetup]
    public virtual void Setup()
    {
        (_compiled, _interpreted) = Fixture.Build(Expression);
        _handWritten = ByHand;
        if (_compiled(Context) is not CelBool { Value: true } || _interpreted(Context) is not CelBool { Value: true } || !HandWritten())
            throw new InvalidOperationException($"the reference expression must be true for the fixture: {Expression}");
    }

    /// <summary>
    /// The same work written by hand, as a condition delegate would. Overrides are marked
    /// NoInlining: the policy executor calls conditions from one megamorphic call site, where no
    /// delegate target is inlined, but here dynamic PGO would inline the one long-lived hand
    /// written target (and not the compiled one, which lives in a collectible assembly).
    /// </summary>
    protected abstract CelValue ByHand(ConnectionContext c);

    /// <summary>The hand-written condition, called like a compiled one.</summary>
    [Benchmark(Baseline = true)]
    public bool HandWritten() => _handWritten(Context) is CelBool { Value: true };

    /// <summary>The Roslyn backend.</summary>
    [Benchmark]
    public bool Compiled() => _compiled(Context) is CelBool { Value: true };

    /// <summary>The reference interpreter.</summary>
    [Benchmark]
    public bool Interpreted() => _interpreted(Context) is CelBool { Value: true };
}

/// <summary>A reference expression the Cel package supports too.</summary>
public abstract class Perf_Eval_WithCelPackage : Perf_Eval_Reference
{
    private Cel.CelProgramDelegate _cel = null!;
    private Dictionary<string, object?> _variables = null!;

    /// <inheritdoc/>
    public override void Setup()
    {
        base.Setup();
        _cel = Fixture.CelPackage(Expression);
        _variables = Fixture.CelVariables(Context);
        if (_cel(_variables) is not true) throw new InvalidOperationException("the Cel package disagrees");
    }

    /// <summary>The <c>Cel</c> 0.3.3 NuGet package.</summary>
    [Benchmark]
    public bool CelPackage() => _cel(_variables) is true;
}

/// <summary><c>conn.tls.sni == 'app.example.com'</c>.</summary>
public class Perf_Eval_SniEquality : Perf_Eval_WithCelPackage
{
    /// <inheritdoc/>
    protected override string Expression => "conn.tls.sni == 'app.example.com'";
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.NoInlining)]
    protected override CelValue ByHand(ConnectionContext c) => CelBool.Of(c.Tls.Sni == "app.example.com");
}

/// <summary><c>conn.tls.sni.endsWith('.example.com')</c>.</summary>
public class Perf_Eval_EndsWith : Perf_Eval_WithCelPackage
{
    /// <inheritdoc/>
    protected override string Expression => "conn.tls.sni.endsWith('.example.com')";
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.NoInlining)]
    protected override CelValue ByHand(ConnectionContext c) => CelBool.Of(c.Tls.Sni.EndsWith(".example.com", StringComparison.Ordinal));
}

/// <summary><c>conn.tls.sni in [1,000 names]</c>.</summary>
public class Perf_Eval_InList : Perf_Eval_WithCelPackage
{
    private static readonly string[] Names = [.. Enumerable.Range(0, 999).Select(i => $"host{i}.example.com"), "app.example.com"];
    private static readonly HashSet<string> NameSet = new(Names, StringComparer.Ordinal);

    /// <inheritdoc/>
    protected override string Expression => $"conn.tls.sni in [{string.Join(", ", Names.Select(n => $"'{n}'"))}]";
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.NoInlining)]
    protected override CelValue ByHand(ConnectionContext c) => CelBool.Of(NameSet.Contains(c.Tls.Sni));
}

/// <summary><c>inCidrRanges(conn.client_ip, [1,000 CIDRs])</c> (not supported by the Cel package).</summary>
public class Perf_Eval_InCidrRanges : Perf_Eval_Reference
{
    private static readonly string[] Cidrs = [.. Enumerable.Range(0, 999).Select(i => $"172.{16 + i / 256 % 16}.{i % 256}.0/24"), "10.0.0.0/8"];
    private static readonly CidrSet Set = CidrSet.Create(Cidrs.Select(c => { Cidr.TryParse(c, out var x); return x; }));

    /// <inheritdoc/>
    protected override string Expression => $"inCidrRanges(conn.client_ip, [{string.Join(", ", Cidrs.Select(c => $"'{c}'"))}])";
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.NoInlining)]
    protected override CelValue ByHand(ConnectionContext c) => CelBool.Of(IpAddress.TryParse(c.ClientIp, out var ip) && Set.Contains(ip));
}

/// <summary><c>conn.tls.sni.matches('^[a-z]+\\.example\\.com$')</c>.</summary>
public class Perf_Eval_Matches : Perf_Eval_WithCelPackage
{
    private static readonly Regex Pattern = new(@"^[a-z]+\.example\.com\z", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <inheritdoc/>
    protected override string Expression => "conn.tls.sni.matches('^[a-z]+\\\\.example\\\\.com$')";
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.NoInlining)]
    protected override CelValue ByHand(ConnectionContext c) => CelBool.Of(Pattern.IsMatch(c.Tls.Sni));
}

/// <summary><c>size(conn.tls.sni.split('.')) == 3</c> (not supported by the Cel package).</summary>
public class Perf_Eval_SizeOfSplit : Perf_Eval_Reference
{
    /// <inheritdoc/>
    protected override string Expression => "size(conn.tls.sni.split('.')) == 3";
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.NoInlining)]
    protected override CelValue ByHand(ConnectionContext c) => CelBool.Of(c.Tls.Sni.Split('.').Length == 3);
}
