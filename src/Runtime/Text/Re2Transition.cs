namespace Policy.Runtime.Text;

/// <summary>
/// An edge of a <see cref="Re2Automaton"/>: code points <see cref="First"/>..<see cref="Last"/>
/// (inclusive) lead to state <see cref="Target"/>, or to <see cref="Re2Automaton.Matched"/> or
/// <see cref="Re2Automaton.Failed"/>.
/// </summary>
public readonly record struct Re2Transition(int First, int Last, int Target);
