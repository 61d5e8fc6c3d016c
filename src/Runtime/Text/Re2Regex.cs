using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Policy.Runtime.Values;

namespace Policy.Runtime.Text;

/// <summary>
/// RE2 regular expressions on .NET, as CEL's <c>matches</c> needs them: RE2 syntax
/// (github.com/google/re2/wiki/Syntax), unanchored search, code-point semantics, and linear time
/// through <see cref="RegexOptions.NonBacktracking"/>. Patterns are translated to an equivalent
/// .NET pattern; what RE2 does not support (backreferences, lookaround, atomic groups,
/// possessive quantifiers, conditionals, <c>\G \Z \C</c>, counts above 1000) is rejected with an
/// error naming the construct.
/// <para>Usage: <c>Re2Regex.Matches("hubba", "ub+")</c> is <c>true</c>;
/// <c>Re2Regex.Get("(a")</c> returns an invalid <see cref="Re2Pattern"/> whose
/// <see cref="Re2Pattern.Error"/> says the group is not closed.</para>
/// <para>Known difference: <c>\b</c> and <c>\B</c> use .NET's word characters (Unicode letters
/// and digits) rather than RE2's ASCII <c>[0-9A-Za-z_]</c>, so they differ next to non-ASCII
/// letters and digits. General categories follow the .NET runtime's Unicode version; scripts and
/// case folding follow the generated tables. Patterns whose automaton would exceed
/// <see cref="AutomataSizeCap"/> nodes (for instance <c>\pL{1000}</c>) are rejected as too large,
/// much as RE2 rejects programs over its memory budget.</para>
/// </summary>
public static class Re2Regex
{
    /// <summary>The options every translated regex is built with.</summary>
    public const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    /// <summary>How many distinct patterns <see cref="Get"/> keeps.</summary>
    public const int CacheCapacity = 512;

    /// <summary>
    /// The NonBacktracking automaton size cap set for the process when the host has not chosen one
    /// (.NET's default, 10,000 nodes, rejects valid RE2 such as <c>(?:ab){2,1000}</c>). The
    /// host's <c>REGEX_NONBACKTRACKING_MAX_AUTOMATA_SIZE</c> runtime setting takes precedence.
    /// </summary>
    public const int AutomataSizeCap = 50_000;

    private const string AutomataSizeSetting = "REGEX_NONBACKTRACKING_MAX_AUTOMATA_SIZE";

    private static readonly Re2PatternCache Cache = new(CacheCapacity);

    // Explicit so that it runs before any member, including TryCompile which touches no field.
    static Re2Regex()
    {
        if (AppContext.GetData(AutomataSizeSetting) is null) AppContext.SetData(AutomataSizeSetting, AutomataSizeCap);
    }

    /// <summary>
    /// Translates RE2 <paramref name="pattern"/> to a .NET pattern with the same meaning under
    /// <see cref="Options"/>, or explains why it is not valid RE2.
    /// </summary>
    public static bool TryTranslate(string pattern, [NotNullWhen(true)] out string? dotNetPattern,
        [NotNullWhen(false)] out string? error) =>
        TryTranslate(pattern, out dotNetPattern, out _, out error);

    /// <summary>Translates and compiles <paramref name="pattern"/> without caching.</summary>
    public static bool TryCompile(string pattern, [NotNullWhen(true)] out Regex? regex, [NotNullWhen(false)] out string? error)
    {
        var compiled = Compile(pattern);
        regex = compiled.Regex;
        error = compiled.Error;
        return compiled.IsValid;
    }

    /// <summary>
    /// The compiled form of <paramref name="pattern"/> from a thread-safe, bounded cache (least
    /// recently used entries are dropped first). Invalid patterns are cached with their error.
    /// </summary>
    public static Re2Pattern Get(string pattern) => Cache.GetOrAdd(pattern, Compile);

    /// <summary>
    /// CEL's <c>matches(string, string)</c> and <c>string.matches(string)</c>: true when
    /// <paramref name="pattern"/> matches anywhere in <paramref name="text"/>; a
    /// <see cref="CelError"/> when the pattern is not valid RE2.
    /// </summary>
    public static CelValue Matches(string text, string pattern)
    {
        var compiled = Get(pattern);
        return compiled.IsValid ? CelBool.Of(compiled.IsMatch(text)) : CelError.Of(compiled.Error);
    }

    private static Re2Pattern Compile(string pattern)
    {
        if (!TryTranslate(pattern, out var translated, out var groupNames, out var error))
            return Re2Pattern.Invalid(pattern, error);
        try
        {
            return Re2Pattern.Valid(pattern, new Regex(translated, Options), groupNames);
        }
        catch (NotSupportedException e)
        {
            // NonBacktracking caps its automaton size (RE2 has a memory cap too); large Unicode
            // classes under big counted repetitions, such as \pL{1000}, reach it.
            return Re2Pattern.Invalid(pattern, $"invalid regular expression `{pattern}`: pattern too large for linear-time matching: {e.Message}");
        }
        catch (ArgumentException e)
        {
            // The translation only emits syntax .NET accepts; this is a safety net, not a path.
            return Re2Pattern.Invalid(pattern, $"invalid regular expression `{pattern}`: {e.Message}");
        }
    }

    private static bool TryTranslate(string pattern, [NotNullWhen(true)] out string? dotNetPattern,
        out IReadOnlyList<string?> groupNames, [NotNullWhen(false)] out string? error)
    {
        dotNetPattern = null;
        if (!Re2Parser.TryParse(pattern, out var root, out groupNames, out error))
        {
            error = $"invalid regular expression `{pattern}`: {error}";
            return false;
        }
        dotNetPattern = Re2Emitter.Emit(root!);
        return true;
    }
}
