namespace Policy.Runtime.Text;

/// <summary>
/// A Thompson automaton for a parsed RE2 pattern, as <see cref="Re2AutomatonBuilder"/> needs it
/// to decide whether the pattern matches: captures and greediness are dropped, counted
/// repetitions are unrolled. Only the anchors that depend on the position alone (<c>\A</c>,
/// <c>\z</c>) are kept; a pattern with line anchors or word boundaries has no automaton here.
/// </summary>
internal sealed class Re2Nfa
{
    /// <summary>What a state does.</summary>
    public enum Op
    {
        /// <summary>Consumes one code point of <see cref="State.Set"/> and goes to <see cref="State.Next"/>.</summary>
        Char,
        /// <summary>Goes to both <see cref="State.Next"/> and <see cref="State.Alt"/> without consuming.</summary>
        Split,
        /// <summary>Goes to <see cref="State.Next"/> at the start of the text only.</summary>
        BeginText,
        /// <summary>Goes to <see cref="State.Next"/> at the end of the text only.</summary>
        EndText,
        /// <summary>The pattern has matched.</summary>
        Match,
    }

    /// <summary>One state; <see cref="Next"/> and <see cref="Alt"/> are state indices.</summary>
    public record struct State(Op Op, CodePointSet? Set, int Next, int Alt);

    private readonly List<State> _states = [];
    private readonly int _maxStates;

    private Re2Nfa(int maxStates) => _maxStates = maxStates;

    /// <summary>The states; <see cref="Start"/> indexes the first.</summary>
    public IReadOnlyList<State> States => _states;

    /// <summary>The initial state.</summary>
    public int Start { get; private set; }

    /// <summary>
    /// The automaton of <paramref name="root"/>, or null when the pattern uses an assertion that
    /// looks at neighbouring characters, or would need more than <paramref name="maxStates"/> states.
    /// </summary>
    public static Re2Nfa? TryBuild(Re2Node root, int maxStates)
    {
        var nfa = new Re2Nfa(maxStates);
        var match = nfa.Add(new State(Op.Match, null, -1, -1));
        if (match < 0) return null;
        var start = nfa.Compile(root, match);
        if (start < 0) return null;
        nfa.Start = start;
        return nfa;
    }

    // Builds back to front: each node is compiled knowing the state that follows it, so no
    // dangling edge is ever patched except a loop's way back. Returns -1 when the node cannot be
    // built (unsupported or too big).
    private int Compile(Re2Node node, int next)
    {
        switch (node.Kind)
        {
            case Re2NodeKind.Empty:
                return next;
            case Re2NodeKind.CharSet:
                return Add(new State(Op.Char, node.Set, next, -1));
            case Re2NodeKind.Capture:
                return Compile(node.Children[0], next);
            case Re2NodeKind.Concat:
                for (var i = node.Children.Count - 1; i >= 0 && next >= 0; i--) next = Compile(node.Children[i], next);
                return next;
            case Re2NodeKind.Alternate:
            {
                var entry = Compile(node.Children[^1], next);
                for (var i = node.Children.Count - 2; i >= 0 && entry >= 0; i--)
                {
                    var branch = Compile(node.Children[i], next);
                    entry = branch < 0 ? -1 : Add(new State(Op.Split, null, branch, entry));
                }
                return entry;
            }
            case Re2NodeKind.Repeat:
                return Repeat(node.Children[0], node.Min, node.Max, next);
            case Re2NodeKind.BeginText:
                return Add(new State(Op.BeginText, null, next, -1));
            case Re2NodeKind.EndText:
                return Add(new State(Op.EndText, null, next, -1));
            default:
                // Line anchors and word boundaries depend on the characters around the position,
                // which a plain automaton over code points does not see.
                return -1;
        }
    }

    private int Repeat(Re2Node child, int min, int max, int next)
    {
        if (max < 0)
        {
            // x* is a split that either enters x (which loops back to the split) or leaves.
            var loop = Add(new State(Op.Split, null, -1, next));
            if (loop < 0) return -1;
            var body = Compile(child, loop);
            if (body < 0) return -1;
            _states[loop] = _states[loop] with { Next = body };
            next = loop;
        }
        else
        {
            // x{n,m}: the m - n optional copies nest, (x(x)?)?, then n required copies.
            for (var i = min; i < max && next >= 0; i++)
            {
                var body = Compile(child, next);
                next = body < 0 ? -1 : Add(new State(Op.Split, null, body, next));
            }
        }
        for (var i = 0; i < min && next >= 0; i++) next = Compile(child, next);
        return next;
    }

    private int Add(State state)
    {
        if (_states.Count >= _maxStates) return -1;
        _states.Add(state);
        return _states.Count - 1;
    }
}
