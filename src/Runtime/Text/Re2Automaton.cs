namespace Policy.Runtime.Text;

/// <summary>
/// A deterministic automaton that decides RE2's unanchored search (CEL's <c>matches</c>) for one
/// pattern over the code points of a text, one step per code point: linear time by construction,
/// and small enough to be written out as code. The Roslyn backend turns the automaton of a
/// constant pattern into a method of plain comparisons and jumps; <see cref="IsMatch"/> runs it
/// directly and states what that code must do.
/// <para>Only some patterns have one: no line anchors or word boundaries (<c>(?m)^ $</c>,
/// <c>\b \B</c>), no large Unicode classes such as <c>\pL</c>, and at most <see cref="MaxStates"/>
/// states and <see cref="MaxTransitions"/> ranges in all. Everything else runs on <see cref="Re2Pattern"/>, which accepts all RE2.</para>
/// </summary>
public sealed class Re2Automaton
{
    /// <summary>A target meaning the pattern has matched, whatever follows.</summary>
    public const int Matched = -1;

    /// <summary>A target meaning the pattern cannot match, whatever follows.</summary>
    public const int Failed = -2;

    /// <summary>The most states an automaton may have (each becomes a few lines of code).</summary>
    public const int MaxStates = 128;

    /// <summary>The most transition ranges, over all states, an automaton may have.</summary>
    public const int MaxTransitions = 1024;

    internal Re2Automaton(int start, IReadOnlyList<Re2AutomatonState> states)
    {
        Start = start;
        States = states;
    }

    /// <summary>The first state, or <see cref="Matched"/> when every text matches (as <c>a*</c> does).</summary>
    public int Start { get; }

    /// <summary>The states, indexed by the targets of their transitions.</summary>
    public IReadOnlyList<Re2AutomatonState> States { get; }

    /// <summary>
    /// The automaton for <paramref name="pattern"/>, or null when the pattern is not valid RE2 or
    /// has no automaton within the limits.
    /// </summary>
    public static Re2Automaton? TryBuild(string pattern) =>
        Re2Parser.TryParse(pattern, out var root, out _, out _) ? Re2AutomatonBuilder.TryBuild(root!) : null;

    /// <summary>
    /// True when the pattern matches anywhere in <paramref name="text"/>; the same answer as
    /// <see cref="Re2Pattern.IsMatch"/>. A surrogate pair is one code point, an unpaired
    /// surrogate reads as U+FFFD.
    /// </summary>
    public bool IsMatch(string text)
    {
        var state = Start;
        var i = 0;
        while (state >= 0)
        {
            if (i >= text.Length) return States[state].MatchesAtEnd;
            state = States[state].Next(NextCodePoint(text, ref i));
        }
        return state == Matched;
    }

    /// <summary>The code point at <paramref name="i"/>, advancing past it; U+FFFD for an unpaired surrogate.</summary>
    public static int NextCodePoint(string text, ref int i)
    {
        int c = text[i++];
        return (uint)(c - 0xD800) < 0x800u ? Surrogate(text, c, ref i) : c;
    }

    /// <summary>True when <paramref name="literal"/> is in <paramref name="text"/> at <paramref name="at"/> (ordinal).</summary>
    public static bool HasAt(string text, int at, string literal) => text.AsSpan(at).StartsWith(literal);

    /// <summary>
    /// The code point that starts with the surrogate <paramref name="c"/> (already read; <paramref name="i"/>
    /// is just after it): the pair's code point, advancing past the low half, or U+FFFD when unpaired.
    /// </summary>
    public static int Surrogate(string text, int c, ref int i)
    {
        if (c < 0xDC00 && i < text.Length && char.IsLowSurrogate(text[i]))
            return char.ConvertToUtf32((char)c, text[i++]);
        return 0xFFFD;
    }
}
