using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace Policy.Compiler.TrafficPolicy.Syntax;

/// <summary>
/// Wraps YamlDotNet's scanner to observe the tokens the parser consumes, recording for every
/// scalar token where its text starts (a scalar event's start includes its tag and anchor) and the
/// indentation of the block collection around it, which a block scalar's indentation is relative to.
/// </summary>
internal sealed class YamlTrackingScanner(Scanner inner) : IScanner
{
    private readonly Stack<int> _indents = new();
    private readonly Dictionary<long, ScalarToken> _scalarsByEnd = [];
    private Token? _observed;

    /// <summary>Where a scalar token starts, and the indentation of its enclosing block collection (-1 for none).</summary>
    internal readonly record struct ScalarToken(int Start, int ParentIndent);

    /// <inheritdoc/>
    public Mark CurrentPosition => inner.CurrentPosition;

    /// <inheritdoc/>
    public Token? Current => inner.Current;

    /// <inheritdoc/>
    public bool MoveNext()
    {
        var moved = inner.MoveNext();
        Observe();
        return moved;
    }

    /// <inheritdoc/>
    public bool MoveNextWithoutConsuming()
    {
        var moved = inner.MoveNextWithoutConsuming();
        Observe();
        return moved;
    }

    /// <inheritdoc/>
    public void ConsumeCurrent() => inner.ConsumeCurrent();

    /// <summary>The token of the scalar event ending at <paramref name="end"/>, forgotten once taken.</summary>
    public ScalarToken? TakeScalar(long end) =>
        _scalarsByEnd.Remove(end, out var token) ? token : null;

    private void Observe()
    {
        var token = inner.Current;
        if (token is null || ReferenceEquals(token, _observed)) return;
        _observed = token;
        switch (token)
        {
            // Tokens reach the parser in order, so this stack follows the scanner's own indentation
            // stack: a block collection's start token sits at the column it is indented to.
            case BlockMappingStart or BlockSequenceStart:
                _indents.Push((int)token.Start.Column - 1);
                break;
            case BlockEnd:
                _indents.TryPop(out _);
                break;
            case Scalar:
                _scalarsByEnd[token.End.Index] = new ScalarToken((int)token.Start.Index, _indents.TryPeek(out var indent) ? indent : -1);
                break;
        }
    }
}
