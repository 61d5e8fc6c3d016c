namespace Policy.Runtime.Policies;

/// <summary>
/// A policy ready to run on connections: the <c>on_tcp_connect</c> rules in order, each with a
/// compiled condition and compiled actions. Both backends (the reference interpreter and the
/// Roslyn compiler) produce this; <see cref="PolicyExecutor"/> runs it.
/// </summary>
public sealed class CompiledPolicy(IReadOnlyList<CompiledRule> onTcpConnect, string backend, string hash)
{
    /// <summary>A policy with no rules: every connection goes to the endpoint's default handling.</summary>
    public static readonly CompiledPolicy Empty = new([], "none", "");

    /// <summary>The rules of <c>on_tcp_connect</c>.</summary>
    public IReadOnlyList<CompiledRule> OnTcpConnect => Rules;

    /// <summary>The same rules as an array, which the executor scans on every connection.</summary>
    internal CompiledRule[] Rules { get; } = [.. onTcpConnect];

    /// <summary>Which backend produced it: <c>interpreter</c> or <c>compiled</c>.</summary>
    public string Backend { get; } = backend;

    /// <summary>The hash of the policy text and compiler version it was compiled from.</summary>
    public string Hash { get; } = hash;

    /// <summary>Where the code came from: <c>interpreter</c>, <c>roslyn</c>, <c>cache</c> or <c>artifact</c>.</summary>
    public string Origin { get; init; } = backend;

    /// <summary>The rule conditions as one scan (see <see cref="RuleScanner"/>), when the backend provides it.</summary>
    public RuleScanner? Scanner { get; init; }

    /// <summary>
    /// Keeps alive whatever the compiled code lives in (a collectible assembly load context); the
    /// policy's delegates hold it too, so it is released with the last connection using them.
    /// </summary>
    public object? Owner { get; init; }
}
