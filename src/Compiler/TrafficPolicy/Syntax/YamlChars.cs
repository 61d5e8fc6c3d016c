namespace Policy.Compiler.TrafficPolicy.Syntax;

/// <summary>
/// Character classes as YamlDotNet's scanner uses them, so that re-scanning a scalar's source
/// decodes exactly what the parser decoded: line breaks include NEL, LS and PS (YAML 1.1), a CR LF
/// pair is one break, and a NUL character reads as the end of the input.
/// </summary>
internal static class YamlChars
{
    /// <summary>A space or a tab.</summary>
    public static bool IsWhite(string text, int i) => i < text.Length && text[i] is ' ' or '\t';

    /// <summary>A line break character.</summary>
    public static bool IsBreak(string text, int i) =>
        i < text.Length && text[i] is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>Past the end, or a NUL character (which the scanner takes for the end).</summary>
    public static bool IsZero(string text, int i) => i >= text.Length || text[i] == '\0';

    /// <summary>A blank, a line break or the end.</summary>
    public static bool IsWhiteBreakOrZero(string text, int i) => IsWhite(text, i) || IsBreak(text, i) || IsZero(text, i);

    /// <summary>How many characters the line break at <paramref name="i"/> spans (2 for CR LF).</summary>
    public static int BreakLength(string text, int i) =>
        text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;

    /// <summary>What a line break reads as in a value: LS and PS stay, every other break is LF.</summary>
    public static char BreakValue(string text, int i) => text[i] is '\u2028' or '\u2029' ? text[i] : '\n';

    /// <summary>True for a document end marker (<c>...</c>) at the start of a line.</summary>
    public static bool IsDocumentEnd(string text, int i, int lineOffset) =>
        lineOffset == 0 && i + 2 < text.Length && text[i] == '.' && text[i + 1] == '.' && text[i + 2] == '.'
        && IsWhiteBreakOrZero(text, i + 3);

    /// <summary>The value of a hexadecimal digit, or -1.</summary>
    public static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
