using System.Collections.Concurrent;
using System.Globalization;

namespace Policy.Runtime.Text;

/// <summary>
/// The Unicode data RE2 syntax needs and .NET's <c>Regex</c> does not offer by code point:
/// general categories (<c>\pL</c>, <c>\p{Lu}</c>), scripts (<c>\p{Greek}</c>) and simple case
/// folding orbits. Categories come from the runtime's own tables; scripts and case folding come
/// from the generated partials (Unicode Character Database, see tools/unicode/generate_unicode_tables.py).
/// </summary>
internal static partial class UnicodeTables
{
    private static readonly ConcurrentDictionary<string, (int Lo, int Hi)[]> ClassCache = new(StringComparer.Ordinal);
    private static readonly Lazy<(int Lo, int Hi)[][]> Categories = new(ScanCategories);
    private static readonly Lazy<Dictionary<int, int[]>> Orbits = new(BuildOrbits);
    private static readonly Lazy<int[]> Foldable = new(() => [.. Orbits.Value.Keys.Order()]);

    /// <summary>Every code point whose case orbit has more than one member, in ascending order.</summary>
    public static int[] FoldableCodePoints => Foldable.Value;

    /// <summary>
    /// The code points that fold together with <paramref name="cp"/> (itself included), or a
    /// one-element array when it has no other case forms.
    /// </summary>
    public static int[] CaseOrbit(int cp) => Orbits.Value.TryGetValue(cp, out var orbit) ? orbit : [cp];

    /// <summary>
    /// The ranges of the RE2 Unicode class <paramref name="name"/>: <c>Any</c>, a general
    /// category (one or two letters, without <c>Cn</c> and <c>LC</c> which RE2 rejects) or a
    /// script name (case-sensitive, as in RE2). Null for an unknown name.
    /// </summary>
    public static (int Lo, int Hi)[]? UnicodeClass(string name)
    {
        if (ClassCache.TryGetValue(name, out var cached)) return cached;
        var ranges = Resolve(name);
        // Only real names are kept, so arbitrary names in patterns cannot grow the cache.
        return ranges is null ? null : ClassCache.GetOrAdd(name, ranges);
    }

    private static (int Lo, int Hi)[]? Resolve(string name)
    {
        if (name == "Any") return [(0, CodePointSet.MaxCodePoint)];
        var categories = CategoriesOf(name);
        if (categories is not null)
        {
            var set = new CodePointSet();
            foreach (var c in categories) set.Add(Categories.Value[(int)c]);
            return [.. set.Ranges];
        }
        return Script(name);
    }

    private static UnicodeCategory[]? CategoriesOf(string name) => name switch
    {
        "C" => [UnicodeCategory.Control, UnicodeCategory.Format, UnicodeCategory.PrivateUse, UnicodeCategory.Surrogate],
        "Cc" => [UnicodeCategory.Control],
        "Cf" => [UnicodeCategory.Format],
        "Co" => [UnicodeCategory.PrivateUse],
        "Cs" => [UnicodeCategory.Surrogate],
        "L" => [UnicodeCategory.UppercaseLetter, UnicodeCategory.LowercaseLetter, UnicodeCategory.TitlecaseLetter,
                UnicodeCategory.ModifierLetter, UnicodeCategory.OtherLetter],
        "Ll" => [UnicodeCategory.LowercaseLetter],
        "Lm" => [UnicodeCategory.ModifierLetter],
        "Lo" => [UnicodeCategory.OtherLetter],
        "Lt" => [UnicodeCategory.TitlecaseLetter],
        "Lu" => [UnicodeCategory.UppercaseLetter],
        "M" => [UnicodeCategory.SpacingCombiningMark, UnicodeCategory.EnclosingMark, UnicodeCategory.NonSpacingMark],
        "Mc" => [UnicodeCategory.SpacingCombiningMark],
        "Me" => [UnicodeCategory.EnclosingMark],
        "Mn" => [UnicodeCategory.NonSpacingMark],
        "N" => [UnicodeCategory.DecimalDigitNumber, UnicodeCategory.LetterNumber, UnicodeCategory.OtherNumber],
        "Nd" => [UnicodeCategory.DecimalDigitNumber],
        "Nl" => [UnicodeCategory.LetterNumber],
        "No" => [UnicodeCategory.OtherNumber],
        "P" => [UnicodeCategory.ConnectorPunctuation, UnicodeCategory.DashPunctuation, UnicodeCategory.ClosePunctuation,
                UnicodeCategory.FinalQuotePunctuation, UnicodeCategory.InitialQuotePunctuation,
                UnicodeCategory.OtherPunctuation, UnicodeCategory.OpenPunctuation],
        "Pc" => [UnicodeCategory.ConnectorPunctuation],
        "Pd" => [UnicodeCategory.DashPunctuation],
        "Pe" => [UnicodeCategory.ClosePunctuation],
        "Pf" => [UnicodeCategory.FinalQuotePunctuation],
        "Pi" => [UnicodeCategory.InitialQuotePunctuation],
        "Po" => [UnicodeCategory.OtherPunctuation],
        "Ps" => [UnicodeCategory.OpenPunctuation],
        "S" => [UnicodeCategory.CurrencySymbol, UnicodeCategory.ModifierSymbol, UnicodeCategory.MathSymbol,
                UnicodeCategory.OtherSymbol],
        "Sc" => [UnicodeCategory.CurrencySymbol],
        "Sk" => [UnicodeCategory.ModifierSymbol],
        "Sm" => [UnicodeCategory.MathSymbol],
        "So" => [UnicodeCategory.OtherSymbol],
        "Z" => [UnicodeCategory.SpaceSeparator, UnicodeCategory.LineSeparator, UnicodeCategory.ParagraphSeparator],
        "Zl" => [UnicodeCategory.LineSeparator],
        "Zp" => [UnicodeCategory.ParagraphSeparator],
        "Zs" => [UnicodeCategory.SpaceSeparator],
        _ => null,
    };

    // One pass over all code points, done once on first use of any \p class.
    private static (int Lo, int Hi)[][] ScanCategories()
    {
        var lists = new List<(int Lo, int Hi)>[(int)UnicodeCategory.OtherNotAssigned + 1];
        for (var i = 0; i < lists.Length; i++) lists[i] = [];
        var start = 0;
        var current = CharUnicodeInfo.GetUnicodeCategory(0);
        for (var cp = 1; cp <= CodePointSet.MaxCodePoint + 1; cp++)
        {
            var cat = cp <= CodePointSet.MaxCodePoint ? CharUnicodeInfo.GetUnicodeCategory(cp) : (UnicodeCategory)(-1);
            if (cat == current) continue;
            lists[(int)current].Add((start, cp - 1));
            start = cp;
            current = cat;
        }
        return [.. lists.Select(l => l.ToArray())];
    }

    private static (int Lo, int Hi)[]? Script(string name)
    {
        var index = Array.IndexOf(ScriptNames, name);
        if (index < 0) return null;
        var data = ScriptRanges;
        var pos = 0;
        for (var i = 0; i < index; i++) pos += 1 + 2 * data[pos];
        var result = new (int Lo, int Hi)[data[pos]];
        for (var i = 0; i < result.Length; i++) result[i] = (data[pos + 1 + 2 * i], data[pos + 2 + 2 * i]);
        return result;
    }

    private static Dictionary<int, int[]> BuildOrbits()
    {
        // Simple case folding maps each member of an orbit to one representative; grouping by
        // that representative gives the orbit (RE2 matches any member under (?i)).
        var byTarget = new Dictionary<int, SortedSet<int>>();
        var runs = FoldRuns;
        for (var r = 0; r < runs.Length; r += 4)
        {
            int first = runs[r], count = runs[r + 1], stride = runs[r + 2], delta = runs[r + 3];
            for (var k = 0; k < count; k++)
            {
                var cp = first + k * stride;
                var target = cp + delta;
                if (!byTarget.TryGetValue(target, out var members)) byTarget[target] = members = [target];
                members.Add(cp);
            }
        }
        var orbits = new Dictionary<int, int[]>();
        foreach (var members in byTarget.Values)
        {
            int[] orbit = [.. members];
            foreach (var cp in orbit) orbits[cp] = orbit;
        }
        return orbits;
    }
}
