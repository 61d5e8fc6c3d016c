using Policy.Runtime.Traffic;
using Policy.Runtime.Values;

namespace Policy.Runtime.Policies;

/// <summary>
/// All of a policy's rule conditions as one piece of code: from rule <paramref name="from"/> on,
/// the index of the first rule whose condition holds (or that has none), or of the first whose
/// condition fails (then <paramref name="error"/> is set and the caller goes on after it); the
/// rule count when no rule is left. Equivalent to calling each rule's condition in turn, without
/// a delegate call per rule; the Roslyn backend generates one, the interpreter does not.
/// </summary>
public delegate int RuleScanner(ConnectionContext context, int from, out CelError? error);
