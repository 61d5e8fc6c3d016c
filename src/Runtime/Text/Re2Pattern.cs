using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Policy.Runtime.Text;

/// <summary>
/// An RE2 pattern after translation: either a linear-time .NET <see cref="Regex"/> with RE2's
/// meaning, or the reason the pattern is not valid RE2. Instances are immutable and thread-safe.
/// </summary>
public sealed class Re2Pattern
{
    private static readonly string?[] NoGroups = [];
    private readonly string?[] _groupNames;

    private Re2Pattern(string pattern, Regex? regex, string? error, string?[] groupNames)
    {
        Pattern = pattern;
        Regex = regex;
        Error = error;
        _groupNames = groupNames;
    }

    /// <summary>The RE2 pattern as written.</summary>
    public string Pattern { get; }

    /// <summary>
    /// The translated regex (<see cref="Re2Regex.Options"/>), or null when the pattern is invalid.
    /// Use <see cref="IsMatch"/> rather than calling it directly on text that may hold unpaired
    /// surrogates.
    /// </summary>
    public Regex? Regex { get; }

    /// <summary>Why the pattern is not valid RE2, or null when it is.</summary>
    public string? Error { get; }

    /// <summary>True when the pattern compiled.</summary>
    [MemberNotNullWhen(true, nameof(Regex))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsValid => Regex is not null;

    /// <summary>
    /// Capture group names in RE2 numbering: entry 0 is the whole match, entry <c>n</c> is
    /// group <c>n</c> (null when unnamed). The .NET regex numbers its groups the same way.
    /// Empty for an invalid pattern.
    /// </summary>
    public IReadOnlyList<string?> GroupNames => _groupNames;

    /// <summary>
    /// RE2's unanchored search: true when the pattern matches anywhere in <paramref name="text"/>.
    /// Unpaired surrogates in the text each count as one U+FFFD, the way RE2 reads invalid UTF-8.
    /// </summary>
    /// <exception cref="InvalidOperationException">The pattern is invalid (check <see cref="IsValid"/> first).</exception>
    public bool IsMatch(string text)
    {
        if (!IsValid) throw new InvalidOperationException($"The RE2 pattern is invalid: {Error}");
        return Regex.IsMatch(ReplaceUnpairedSurrogates(text));
    }

    internal static Re2Pattern Valid(string pattern, Regex regex, IReadOnlyList<string?> groupNames) =>
        new(pattern, regex, null, [.. groupNames]);

    internal static Re2Pattern Invalid(string pattern, string error) => new(pattern, null, error, NoGroups);

    /// <summary>
    /// The translated pattern never matches a lone surrogate unit, so text is made well-formed
    /// first; the common case (no surrogates, or only proper pairs) returns the same string.
    /// </summary>
    internal static string ReplaceUnpairedSurrogates(string text)
    {
        var bad = FindUnpaired(text, 0);
        if (bad < 0) return text;
        var chars = text.ToCharArray();
        for (; bad >= 0; bad = FindUnpaired(text, bad + 1)) chars[bad] = '\uFFFD';
        return new string(chars);
    }

    private static int FindUnpaired(string text, int from)
    {
        for (var i = text.AsSpan(from).IndexOfAnyInRange('\uD800', '\uDFFF'); i >= 0;)
        {
            var at = from + i;
            if (char.IsHighSurrogate(text[at]) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1]))
            {
                from = at + 2;
                i = text.AsSpan(from).IndexOfAnyInRange('\uD800', '\uDFFF');
                continue;
            }
            return at;
        }
        return -1;
    }
}
