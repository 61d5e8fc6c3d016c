using System.Text;

namespace Policy.Runtime.Tests.Text;

/// <summary>Random RE2 patterns and texts, for tests that compare two ways of matching.</summary>
internal static class RandomRe2
{
    /// <summary>
    /// One to three parts, each an atom or a group (capturing or not, sometimes an alternation)
    /// nested at most three deep, each quantified one time in three.
    /// </summary>
    public static string Pattern(Random random, string[] atoms, string[] quantifiers, int depth = 0)
    {
        var sb = new StringBuilder();
        var parts = random.Next(1, 4);
        for (var i = 0; i < parts; i++)
        {
            var roll = random.Next(10);
            if (roll < 2 && depth < 3)
                sb.Append(random.Next(2) == 0 ? "(" : "(?:").Append(Pattern(random, atoms, quantifiers, depth + 1)).Append(')');
            else if (roll == 2 && depth < 3)
                sb.Append("(?:").Append(Pattern(random, atoms, quantifiers, depth + 1)).Append('|').Append(Pattern(random, atoms, quantifiers, depth + 1)).Append(')');
            else
                sb.Append(atoms[random.Next(atoms.Length)]);
            if (random.Next(3) == 0) sb.Append(quantifiers[random.Next(quantifiers.Length)]);
        }
        return sb.ToString();
    }

    /// <summary>Up to <paramref name="maxLength"/> pieces drawn from <paramref name="letters"/>.</summary>
    public static string Text(Random random, string[] letters, int maxLength)
    {
        var sb = new StringBuilder();
        var length = random.Next(0, maxLength + 1);
        for (var i = 0; i < length; i++) sb.Append(letters[random.Next(letters.Length)]);
        return sb.ToString();
    }
}
