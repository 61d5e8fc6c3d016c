using System.Globalization;
using System.Text;

namespace Policy.Runtime.Text;

/// <summary>
/// Writes a parsed RE2 pattern as a .NET pattern for <see cref="System.Text.RegularExpressions.RegexOptions.NonBacktracking"/>.
/// Every construct is spelled out so that no .NET option changes its meaning:
/// <list type="bullet">
/// <item>A code-point set becomes a UTF-16 class for its BMP part plus surrogate-pair
/// alternatives for the rest, so one RE2 character always consumes one whole code point. Single
/// units never include surrogates, hence a match can neither start nor end inside a pair.</item>
/// <item>Case folding is already in the sets (no <c>IgnoreCase</c>); <c>$</c> without (?m) is
/// <c>\z</c>, not .NET's <c>$</c> which also matches before a final newline.</item>
/// <item>Every capturing group is written unnamed, so .NET numbers groups exactly as RE2 does
/// (.NET would number named groups after all unnamed ones); names are kept on the side.</item>
/// </list>
/// </summary>
internal static class Re2Emitter
{
    private const int HighFirst = 0xD800;
    private const int LowFirst = 0xDC00;

    /// <summary>The .NET pattern for <paramref name="root"/>.</summary>
    public static string Emit(Re2Node root)
    {
        var sb = new StringBuilder();
        Emit(root, sb);
        // A no-op that makes NonBacktracking read input with its end-of-line-aware reader. Without
        // any line anchor, patterns with very many character classes (\PL, [^\pL\pN]) fail to
        // match a \n that is the last character of the input (found by comparing with the
        // backtracking engine). The empty branch comes first, so matches and spans are unchanged.
        sb.Append("(?:|$)");
        return sb.ToString();
    }

    /// <summary>Appends <paramref name="node"/>; returns true when the text is a single atom a quantifier can follow.</summary>
    private static bool Emit(Re2Node node, StringBuilder sb)
    {
        switch (node.Kind)
        {
            case Re2NodeKind.Empty:
                sb.Append("(?:)");
                return true;
            case Re2NodeKind.CharSet:
                return EmitSet(node.Set!, sb);
            case Re2NodeKind.Concat:
                foreach (var child in node.Children) Emit(child, sb);
                return false;
            case Re2NodeKind.Alternate:
                sb.Append("(?:");
                for (var i = 0; i < node.Children.Count; i++)
                {
                    if (i > 0) sb.Append('|');
                    Emit(node.Children[i], sb);
                }
                sb.Append(')');
                return true;
            case Re2NodeKind.Capture:
                sb.Append('(');
                Emit(node.Children[0], sb);
                sb.Append(')');
                return true;
            case Re2NodeKind.Repeat:
                EmitRepeat(node, sb);
                return false;
            default:
                sb.Append(node.Kind switch
                {
                    Re2NodeKind.BeginText => @"\A",
                    Re2NodeKind.EndText => @"\z",
                    Re2NodeKind.BeginLine => "(?m:^)",
                    Re2NodeKind.EndLine => "(?m:$)",
                    Re2NodeKind.WordBoundary => @"\b",
                    _ => @"\B",
                });
                // Wrapped before a quantifier: .NET does not take every anchor as a quantifiable atom.
                return false;
        }
    }

    private static void EmitRepeat(Re2Node node, StringBuilder sb)
    {
        var start = sb.Length;
        if (!Emit(node.Children[0], sb))
        {
            sb.Insert(start, "(?:");
            sb.Append(')');
        }
        sb.Append((node.Min, node.Max) switch
        {
            (0, -1) => "*",
            (1, -1) => "+",
            (0, 1) => "?",
            (var n, -1) => $"{{{n},}}",
            (var n, var m) when n == m => $"{{{n}}}",
            (var n, var m) => $"{{{n},{m}}}",
        });
        if (!node.Greedy) sb.Append('?');
    }

    private static bool EmitSet(CodePointSet set, StringBuilder sb)
    {
        var bmp = new List<(int Lo, int Hi)>();
        var astral = new List<(int Lo, int Hi)>();
        foreach (var (lo, hi) in set.Ranges)
        {
            // Surrogate code points never match: well-formed text has none outside pairs.
            AddClipped(bmp, lo, hi, 0, HighFirst - 1);
            AddClipped(bmp, lo, hi, 0xE000, 0xFFFF);
            AddClipped(astral, lo, hi, 0x10000, CodePointSet.MaxCodePoint);
        }
        var alternatives = new List<string>();
        if (bmp.Count > 0) alternatives.Add(UnitClass(bmp));
        foreach (var (highs, lows) in PairGroups(astral)) alternatives.Add(UnitClass(highs) + UnitClass(lows));
        switch (alternatives.Count)
        {
            case 0:
                sb.Append(@"[^\u0000-\uFFFF]");
                return true;
            case 1:
                sb.Append(alternatives[0]);
                return bmp.Count > 0;
            default:
                sb.Append("(?:").AppendJoin('|', alternatives).Append(')');
                return true;
        }
    }

    private static void AddClipped(List<(int Lo, int Hi)> into, int lo, int hi, int min, int max)
    {
        lo = Math.Max(lo, min);
        hi = Math.Min(hi, max);
        if (lo <= hi) into.Add((lo, hi));
    }

    /// <summary>
    /// Splits astral ranges into (high surrogates, low surrogates) products: consecutive high
    /// surrogates that take the same low-surrogate ranges share one alternative.
    /// </summary>
    private static List<(List<(int Lo, int Hi)> Highs, List<(int Lo, int Hi)> Lows)> PairGroups(List<(int Lo, int Hi)> astral)
    {
        var perHigh = new SortedDictionary<int, List<(int Lo, int Hi)>>();
        foreach (var (lo, hi) in astral)
        {
            int hLo = High(lo), hHi = High(hi);
            for (var h = hLo; h <= hHi; h++)
            {
                var from = h == hLo ? Low(lo) : LowFirst;
                var to = h == hHi ? Low(hi) : 0xDFFF;
                if (!perHigh.TryGetValue(h, out var lows)) perHigh[h] = lows = [];
                lows.Add((from, to));
            }
        }
        var groups = new List<(List<(int Lo, int Hi)> Highs, List<(int Lo, int Hi)> Lows)>();
        foreach (var (h, lows) in perHigh)
        {
            if (groups.Count > 0 && groups[^1].Highs[^1].Hi == h - 1 && groups[^1].Lows.SequenceEqual(lows))
                groups[^1].Highs[^1] = (groups[^1].Highs[^1].Lo, h);
            else
                groups.Add(([(h, h)], lows));
        }
        return groups;

        static int High(int cp) => HighFirst + ((cp - 0x10000) >> 10);
        static int Low(int cp) => LowFirst + ((cp - 0x10000) & 0x3FF);
    }

    /// <summary>A single UTF-16 unit, or a class of units, from sorted disjoint ranges.</summary>
    private static string UnitClass(List<(int Lo, int Hi)> ranges)
    {
        if (ranges is [var only] && only.Lo == only.Hi) return Unit(only.Lo);
        var sb = new StringBuilder("[");
        foreach (var (lo, hi) in ranges)
        {
            sb.Append(Unit(lo));
            if (hi == lo) continue;
            if (hi > lo + 1) sb.Append('-');
            sb.Append(Unit(hi));
        }
        return sb.Append(']').ToString();
    }

    // ASCII letters and digits mean themselves in and out of classes; everything else is escaped.
    private static string Unit(int u) => u < 0x80 && char.IsAsciiLetterOrDigit((char)u)
        ? ((char)u).ToString()
        : "\\u" + u.ToString("X4", CultureInfo.InvariantCulture);
}
