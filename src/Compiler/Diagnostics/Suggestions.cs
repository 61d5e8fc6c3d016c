namespace Policy.Compiler.Diagnostics;

/// <summary>Near-miss suggestions for misspelled names.</summary>
public static class Suggestions
{
    /// <summary>" (did you mean 'x'?)" for the closest candidate within two edits, otherwise "".</summary>
    public static string DidYouMean(string name, IEnumerable<string> candidates) =>
        Closest(name, candidates) is { } best ? $" (did you mean '{best}'?)" : "";

    /// <summary>The candidate closest to <paramref name="name"/> within two edits, if any.</summary>
    public static string? Closest(string name, IEnumerable<string> candidates) =>
        candidates.Select(c => (c, d: EditDistance(name, c))).Where(x => x.d <= 2 && x.d < name.Length).OrderBy(x => x.d).FirstOrDefault().c;

    private static int EditDistance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2) return int.MaxValue;
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        return d[a.Length, b.Length];
    }
}
