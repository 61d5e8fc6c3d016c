namespace Policy.Runtime.Text;

/// <summary>
/// Builds a <see cref="Re2Automaton"/> from a pattern's <see cref="Re2Nfa"/> by the subset
/// construction. Each automaton state stands for the set of automaton positions the search can be
/// in; the search is unanchored, so every step also restarts the pattern at the new position
/// (where <c>\A</c> no longer holds). A state's code points are grouped into the intervals on
/// which all of its character sets agree, so it looks at a handful of ranges, not at 1.1 million
/// code points.
/// </summary>
internal sealed class Re2AutomatonBuilder
{
    private const int MaxNfaStates = 4096;
    // Large Unicode classes (\pL has some 650 ranges) stay on the regex: with them every state
    // would test hundreds of ranges, and building the automaton would cost more than it saves.
    private const int MaxIntervals = 256;

    private readonly Re2Nfa _nfa;
    private readonly Dictionary<string, int> _ids = [];
    private readonly List<int[]> _sets = [];

    private Re2AutomatonBuilder(Re2Nfa nfa) => _nfa = nfa;

    /// <summary>The automaton for <paramref name="root"/>, or null when it has none within the limits.</summary>
    public static Re2Automaton? TryBuild(Re2Node root)
    {
        var nfa = Re2Nfa.TryBuild(root, MaxNfaStates);
        if (nfa is null) return null;
        return IntervalStarts(nfa.States).Length > MaxIntervals ? null : new Re2AutomatonBuilder(nfa).Build();
    }

    private Re2Automaton? Build()
    {
        var start = Target([_nfa.Start], atStart: true);
        var states = new List<Re2AutomatonState>();
        var transitions = 0;
        // _sets grows as targets are found; every state is expanded once, in order of discovery.
        for (var id = 0; id < _sets.Count; id++)
        {
            if (_sets.Count > Re2Automaton.MaxStates) return null;
            var state = Expand(_sets[id], atStart: id == 0 && start == 0);
            transitions += state.Transitions.Count;
            if (transitions > Re2Automaton.MaxTransitions) return null;
            states.Add(state);
        }
        return new Re2Automaton(start, states);
    }

    private Re2AutomatonState Expand(int[] set, bool atStart)
    {
        var chars = set.Where(s => _nfa.States[s].Op == Re2Nfa.Op.Char).ToArray();
        var starts = IntervalStarts(chars.Select(s => _nfa.States[s]));
        var bySeeds = new Dictionary<string, int>();
        var ranges = new List<Re2Transition>();
        for (var k = 0; k < starts.Length; k++)
        {
            var first = starts[k];
            var last = k + 1 < starts.Length ? starts[k + 1] - 1 : CodePointSet.MaxCodePoint;
            var seeds = chars.Where(s => _nfa.States[s].Set!.Contains(first)).Select(s => _nfa.States[s].Next).ToList();
            // The unanchored search may also begin at the next position.
            seeds.Add(_nfa.Start);
            var key = string.Join(',', seeds);
            if (!bySeeds.TryGetValue(key, out var target)) bySeeds[key] = target = Target(seeds, atStart: false);
            if (ranges.Count > 0 && ranges[^1].Target == target && ranges[^1].Last == first - 1)
                ranges[^1] = ranges[^1] with { Last = last };
            else
                ranges.Add(new Re2Transition(first, last, target));
        }
        // The target covering the most code points needs no test of its own.
        var otherwise = ranges.GroupBy(r => r.Target).MaxBy(g => g.Sum(r => (long)r.Last - r.First + 1))!.Key;
        return new Re2AutomatonState([.. ranges.Where(r => r.Target != otherwise)], otherwise, MatchesAtEnd(set, atStart));
    }

    /// <summary>The state for the closure of <paramref name="seeds"/>, added when new; or Matched or Failed.</summary>
    private int Target(IEnumerable<int> seeds, bool atStart)
    {
        var (set, matched) = Closure(seeds, atStart);
        if (matched) return Re2Automaton.Matched;
        if (set.Length == 0) return Re2Automaton.Failed;
        // The first state is the only one read at the start of the text: it is a state of its own
        // only when that changes its answer at the end (the transitions depend on the set alone).
        var distinct = atStart && MatchesAtEnd(set, atStart: true) != MatchesAtEnd(set, atStart: false);
        var key = (distinct ? "^" : "") + string.Join(',', set);
        if (_ids.TryGetValue(key, out var id)) return id;
        _ids[key] = _sets.Count;
        _sets.Add(set);
        return _sets.Count - 1;
    }

    /// <summary>
    /// The positions reachable from <paramref name="seeds"/> without consuming a code point that
    /// still matter: character tests, and <c>\z</c> tests (which decide the answer at the end).
    /// With <paramref name="atEnd"/>, the text has ended: <c>\z</c> holds and no character can follow.
    /// </summary>
    private (int[] Set, bool Matched) Closure(IEnumerable<int> seeds, bool atStart, bool atEnd = false)
    {
        var seen = new HashSet<int>();
        var stack = new Stack<int>(seeds);
        var set = new List<int>();
        var matched = false;
        while (stack.Count > 0)
        {
            var s = stack.Pop();
            if (!seen.Add(s)) continue;
            var state = _nfa.States[s];
            switch (state.Op)
            {
                case Re2Nfa.Op.Match:
                    matched = true;
                    break;
                case Re2Nfa.Op.Char when !atEnd:
                case Re2Nfa.Op.EndText when !atEnd:
                    set.Add(s);
                    break;
                case Re2Nfa.Op.Split:
                    stack.Push(state.Alt);
                    stack.Push(state.Next);
                    break;
                case Re2Nfa.Op.BeginText when atStart:
                case Re2Nfa.Op.EndText:
                    stack.Push(state.Next);
                    break;
            }
        }
        set.Sort();
        return ([.. set], matched);
    }

    /// <summary>True when a <c>\z</c> test in <paramref name="set"/> leads to a match without consuming anything.</summary>
    private bool MatchesAtEnd(int[] set, bool atStart) =>
        Closure(set.Where(s => _nfa.States[s].Op == Re2Nfa.Op.EndText), atStart, atEnd: true).Matched;

    /// <summary>The first code point of each interval on which every character set of <paramref name="states"/> is constant.</summary>
    private static int[] IntervalStarts(IEnumerable<Re2Nfa.State> states)
    {
        var starts = new SortedSet<int> { 0 };
        foreach (var state in states)
        {
            if (state.Op != Re2Nfa.Op.Char) continue;
            foreach (var (lo, hi) in state.Set!.Ranges)
            {
                starts.Add(lo);
                if (hi < CodePointSet.MaxCodePoint) starts.Add(hi + 1);
            }
        }
        return [.. starts];
    }
}
