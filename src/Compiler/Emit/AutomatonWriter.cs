using System.Globalization;
using System.Text;
using Policy.Runtime.Text;

namespace Policy.Compiler.Emit;

/// <summary>
/// Writes a <see cref="Re2Automaton"/> as a C# method <c>static bool M(string t)</c>: one label
/// per state, each reading the next code point and jumping on plain range comparisons. No table
/// is loaded and nothing is allocated; the code does what <see cref="Re2Automaton.IsMatch"/> does.
/// Two things keep the code small (Roslyn's time grows with it): a run of states that each
/// accept one fixed character and fail otherwise is one ordinal prefix test, and only states some
/// emitted jump reaches get a label. The code uses only plain comparisons and non-generic calls:
/// unsigned range tricks and span extension overloads cost Roslyn more in a cold process than
/// they save (the JIT turns <c>c &gt;= lo &amp;&amp; c &lt;= hi</c> into one unsigned test anyway).
/// </summary>
internal static class AutomatonWriter
{
    private const string Automaton = "global::Policy.Runtime.Text.Re2Automaton";

    /// <summary>The full text of the method <paramref name="name"/>.</summary>
    public static string Method(string name, Re2Automaton automaton)
    {
        var sb = new StringBuilder();
        sb.Append($"    private static bool {name}(string t)\n    {{\n");
        if (automaton.Start < 0)
        {
            sb.Append($"        return {Bool(automaton.Start == Re2Automaton.Matched)};\n    }}\n");
            return sb.ToString();
        }
        sb.Append("        int i = 0, c;\n");
        var pending = new Queue<int>([automaton.Start]);
        var written = new HashSet<int> { automaton.Start };
        while (pending.Count > 0)
        {
            var id = pending.Dequeue();
            sb.Append($"    s{id}:\n");
            foreach (var target in WriteState(automaton, id, sb))
                if (target >= 0 && written.Add(target)) pending.Enqueue(target);
        }
        sb.Append("    }\n");
        return sb.ToString();
    }

    /// <summary>Writes one state's code; returns the targets it jumps to.</summary>
    private static IEnumerable<int> WriteState(Re2Automaton automaton, int id, StringBuilder sb)
    {
        var (literal, end) = Literal(automaton, id);
        if (literal.Length > 1)
        {
            sb.Append($"        if (!{Automaton}.HasAt(t, i, {CSharp.Literal(literal)})) return false;\n");
            sb.Append($"        i += {Number(literal.Length)};\n");
            sb.Append($"        {Jump(end)}\n");
            return [end];
        }
        var state = automaton.States[id];
        sb.Append($"        if (i >= t.Length) return {Bool(state.MatchesAtEnd)};\n");
        if (state is { Transitions.Count: 0, Otherwise: < 0 })
        {
            sb.Append($"        {Jump(state.Otherwise)}\n");
            return [];
        }
        sb.Append("        c = t[i++];\n");
        if (NeedsCodePoint(state))
            sb.Append($"        if (c >= 0xD800 && c <= 0xDFFF) c = {Automaton}.Surrogate(t, c, ref i);\n");
        foreach (var t in state.Transitions)
            sb.Append($"        if ({Test(t.First, t.Last)}) {Jump(t.Target)}\n");
        sb.Append($"        {Jump(state.Otherwise)}\n");
        return [.. state.Transitions.Select(t => t.Target), state.Otherwise];
    }

    /// <summary>
    /// The fixed characters that states from <paramref name="id"/> on require one after another
    /// (each state: one single-character transition, failure otherwise, no match at the end), and
    /// the state after them.
    /// </summary>
    private static (string Literal, int End) Literal(Re2Automaton automaton, int id)
    {
        var literal = new StringBuilder();
        var seen = new HashSet<int>();
        while (id >= 0 && seen.Add(id) && automaton.States[id] is
               { MatchesAtEnd: false, Otherwise: Re2Automaton.Failed, Transitions: [var only] }
               && only.First == only.Last && only.First < 0x10000 && !char.IsSurrogate((char)only.First))
        {
            literal.Append((char)only.First);
            id = only.Target;
        }
        return (literal.ToString(), id);
    }

    /// <summary>
    /// False when every code point a surrogate unit could start leads to the same final answer,
    /// so reading just the unit decides as well as decoding the pair would.
    /// </summary>
    private static bool NeedsCodePoint(Re2AutomatonState state)
    {
        const int first = 0xD800, last = 0x10FFFF;
        var targets = state.Transitions.Where(t => t.Last >= first).Select(t => t.Target).ToHashSet();
        var covered = state.Transitions.Where(t => t.Last >= first).Sum(t => (long)t.Last - Math.Max(t.First, first) + 1);
        if (covered < last - first + 1) targets.Add(state.Otherwise);
        return targets.Count > 1 || targets.Single() >= 0;
    }

    private static string Test(int first, int last) => first == last
        ? $"c == {Number(first)}"
        : $"c >= {Number(first)} && c <= {Number(last)}";

    private static string Jump(int target) => target switch
    {
        Re2Automaton.Matched => "return true;",
        Re2Automaton.Failed => "return false;",
        _ => $"goto s{target};",
    };

    private static string Bool(bool b) => b ? "true" : "false";

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
