namespace Policy.Runtime.Text;

/// <summary>
/// One state of a <see cref="Re2Automaton"/>: the next code point picks the first
/// <see cref="Transitions"/> range holding it, else <see cref="Otherwise"/>; at the end of the
/// text the answer is <see cref="MatchesAtEnd"/>.
/// </summary>
public sealed class Re2AutomatonState(IReadOnlyList<Re2Transition> transitions, int otherwise, bool matchesAtEnd)
{
    /// <summary>Disjoint code point ranges in ascending order, none leading to <see cref="Otherwise"/>.</summary>
    public IReadOnlyList<Re2Transition> Transitions { get; } = transitions;

    /// <summary>Where every code point outside <see cref="Transitions"/> leads (the most common target).</summary>
    public int Otherwise { get; } = otherwise;

    /// <summary>True when the pattern matches if the text ends in this state.</summary>
    public bool MatchesAtEnd { get; } = matchesAtEnd;

    /// <summary>The state (or <see cref="Re2Automaton.Matched"/>/<see cref="Re2Automaton.Failed"/>) after <paramref name="codePoint"/>.</summary>
    public int Next(int codePoint)
    {
        foreach (var t in Transitions)
        {
            if (codePoint < t.First) break;
            if (codePoint <= t.Last) return t.Target;
        }
        return Otherwise;
    }
}
