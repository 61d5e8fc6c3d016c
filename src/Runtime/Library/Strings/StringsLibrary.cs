using Policy.Runtime.Functions;
using Policy.Runtime.Types;
using Policy.Runtime.Values;

namespace Policy.Runtime.Library.Strings;

/// <summary>
/// The strings extension of cel-go (<c>ext.Strings()</c>, all versions): <c>charAt</c>,
/// <c>indexOf</c>, <c>lastIndexOf</c>, <c>lowerAscii</c>, <c>upperAscii</c>, <c>replace</c>,
/// <c>split</c>, <c>substring</c>, <c>trim</c>, <c>reverse</c>, <c>join</c>, <c>format</c> and
/// <c>strings.quote</c>. All but <c>strings.quote</c> are called on a receiver; indices are code
/// point indices.
/// </summary>
public sealed class StringsLibrary : CelLibrary
{
    private static readonly CelType S = CelType.String;
    private static readonly CelType I = CelType.Int;

    private static readonly FunctionDecl[] Declarations =
    [
        new("charAt", "The character (code point) at an index, or '' at the end of the string.",
            Overload.Member<string, long, CelValue>("string_char_at_int", S, I, S, StringFunctions.CharAt)),
        new("indexOf", "Index of the first occurrence of a substring, optionally searching from an index; -1 when absent.",
            Overload.Member<string, string, long>("string_index_of_string", S, S, I, StringFunctions.IndexOf),
            Overload.Member<string, string, long, CelValue>("string_index_of_string_int", S, S, I, I, StringFunctions.IndexOf)),
        new("lastIndexOf", "Index of the last occurrence of a substring, optionally starting no later than an index; -1 when absent.",
            Overload.Member<string, string, long>("string_last_index_of_string", S, S, I, StringFunctions.LastIndexOf),
            Overload.Member<string, string, long, CelValue>("string_last_index_of_string_int", S, S, I, I, StringFunctions.LastIndexOf)),
        new("lowerAscii", "The string with ASCII letters lower-cased; other characters unchanged.",
            Overload.Member<string, string>("string_lower_ascii", S, S, StringFunctions.LowerAscii)),
        new("upperAscii", "The string with ASCII letters upper-cased; other characters unchanged.",
            Overload.Member<string, string>("string_upper_ascii", S, S, StringFunctions.UpperAscii)),
        new("replace", "Replaces occurrences of a substring, all of them or at most n (negative n: all).",
            Overload.Member<string, string, string, string>("string_replace_string_string", S, S, S, S, StringFunctions.Replace),
            Overload.Dynamic("string_replace_string_string_int", true, [S, S, S, I], S, StringFunctions.ReplaceLimited)),
        new("split", "Splits at a separator into a list, optionally into at most n pieces (0: none, negative: all).",
            Overload.Member<string, string, CelList>("string_split_string", S, S, CelType.List(S), StringFunctions.Split),
            Overload.Member<string, string, long, CelList>("string_split_string_int", S, S, I, CelType.List(S), StringFunctions.Split)),
        new("substring", "The characters from a start index (inclusive) to an end index (exclusive) or the end.",
            Overload.Member<string, long, CelValue>("string_substring_int", S, I, S, StringFunctions.Substring),
            Overload.Member<string, long, long, CelValue>("string_substring_int_int", S, I, I, S, StringFunctions.Substring)),
        new("trim", "The string without leading and trailing Unicode white space.",
            Overload.Member<string, string>("string_trim", S, S, StringFunctions.Trim)),
        new("reverse", "The characters of the string in reverse order.",
            Overload.Member<string, string>("string_reverse", S, S, StringFunctions.Reverse)),
        new("join", "Concatenates a list of strings, optionally with a separator between them.",
            Overload.Member<CelList, CelValue>("list_join", CelType.List(S), S, StringFunctions.Join),
            Overload.Member<CelList, string, CelValue>("list_join_string", CelType.List(S), S, S, StringFunctions.Join)),
        new("format", "printf-style formatting: %s %d %f %e %b %x %X %o, precision as %.3f, %% for a percent sign.",
            Overload.Member<string, CelList, CelValue>("string_format", S, CelType.ListOfDyn, S, StringFunctions.Format)),
        new("strings.quote", "The string as a double-quoted CEL string literal, with escapes.",
            Overload.Global<string, string>("strings_quote", S, S, StringFunctions.Quote)),
    ];

    /// <inheritdoc/>
    public override string Name => "strings";

    /// <inheritdoc/>
    public override IEnumerable<FunctionDecl> Functions => Declarations;
}
