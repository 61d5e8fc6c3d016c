using YamlDotNet.Core;

namespace Policy.Compiler.TrafficPolicy.Syntax;

/// <summary>
/// Turns YamlDotNet's parse errors ("While scanning a quoted scalar, found unknown escape
/// character.") into messages for people who write policies, and picks the offset that shows the
/// problem best: the parser's start mark for most errors, the scanner's position (its end mark)
/// for errors found partway through a scalar, such as a bad escape.
/// </summary>
internal static class YamlErrorMessages
{
    private const string QuoteHint = "An expression that starts with '!' must be quoted in YAML";

    /// <summary>The message and source offset for a parse error.</summary>
    public static (string Message, int Offset) Describe(YamlException ex, string text)
    {
        var start = Clamp(ex.Start.Index, text);
        var end = Clamp(ex.End.Index, text);
        var m = ex.Message;

        if (Has(m, "quoted scalar, found unexpected end of stream"))
            return ("This quoted string is never closed: the file ends before its closing quote.", start);
        if (Has(m, "found unknown escape character"))
            return (UnknownEscape(text, end), end);
        if (Has(m, "did not find expected hexadecimal number"))
            return ("An escape \\x, \\u or \\U in a double-quoted string must be followed by 2, 4 or 8 hexadecimal digits.", EscapeStart(text, end));
        if (Has(m, "found invalid Unicode surrogates"))
            return ("A \\u escape for half of a UTF-16 surrogate pair (D800-DFFF) must be followed by the escape of the other half; " +
                    "write the character itself or a single \\U00XXXXXX escape instead.", EscapeStart(text, end));
        if (Has(m, "found invalid Unicode character escape code"))
            return ("This escape names a code point above U+10FFFF, which does not exist.", EscapeStart(text, end));
        if (Has(m, "quoted scalar, found unexpected document indicator"))
            return ("A line inside this quoted string starts with '---' or '...', which YAML reads as a document marker; indent the line.", end);
        if (Has(m, "double-quoted scalar, found wrong indentation"))
            return ("A double-quoted string continues on this line, which is not indented more than the string's key: is its " +
                    "closing quote missing? (A string that does span lines must indent its continuation lines.)", end);
        if (Has(m, "invalid tab as indentation") || Has(m, "tab character that violate"))
            return ("YAML does not allow tabs for indentation; indent with spaces.", FindIndentTab(text, start, end));
        if (Has(m, "found character that cannot start any token"))
            return ($"'{CharAt(text, start)}' cannot start an unquoted value in YAML; put the value in quotes.", start);
        if (Has(m, "found invalid mapping"))
            return ("Unexpected ':' here. An unquoted value cannot contain ': ' (a colon followed by a space), and a key must be " +
                    "on one line; quote the value, or check the indentation of this line and the ones above it.", start);
        if (Has(m, "simple key, could not find expected ':'"))
            return ("This key is not followed by ':' on its line. Add the ':' (or, if the previous line's value continues here, " +
                    "indent it more or quote it).", start);
        if (Has(m, "block mapping, did not find expected key"))
            return ("Expected another 'key: value' entry of the map here; check the indentation of this line, and quote a value " +
                    "that contains ': ' or starts with a character YAML treats specially.", start);
        if (Has(m, "did not find expected '-' indicator"))
            return ("Expected another list item ('- ...') here; check the indentation of this line.", start);
        if (Has(m, "flow sequence, did not find expected ',' or ']'"))
            return (AtEnd(text, start) ? "The file ends inside a [...] list: its closing ']' is missing." : "Expected ',' or ']' in this [...] list.", start);
        if (Has(m, "flow mapping") && Has(m, "did not find expected ',' or '}'"))
            return (AtEnd(text, start) ? "The file ends inside a {...} map: its closing '}' is missing." : "Expected ',' or '}' in this {...} map.", start);
        if (Has(m, "did not find expected node content"))
            return (start >= text.Length ? "The file ends where a value is expected." : "Expected a value here.", start);
        if (Has(m, "scanning a tag") || Has(m, "undefined tag handle") || Has(m, "Unexpected comma at end of tag"))
            return ($"YAML reads '!' at the start of a value as a tag, and '{Word(text, start)}' is not a valid one. {QuoteHint}, " +
                    $"for example '{RestOfLine(text, start)}'.", start);
        if (Has(m, "Anchor before sequence entry"))
            return ("An anchor ('&name') cannot stand before a list item's '-' on the same line; put it after the '-'.", start);
        if (Has(m, "more than one anchor"))
            return ("This value has two anchors ('&name'); a value can have only one.", start);
        if (Has(m, "anchor or alias") || Has(m, "Anchor "))
            return ("A value that starts with '&' or '*' is read as a YAML anchor or alias; quote the value.", start);
        if (Has(m, "indentation indicator equal to 0"))
            return ("The indentation indicator of a block scalar ('|2', '>1'...) must be a digit from 1 to 9.", end);
        if (Has(m, "block scalar") && Has(m, "comment without"))
            return ("A comment after '|' or '>' needs a space before '#'.", end);
        if (Has(m, "block scalar, did not find expected comment or line break"))
            return ("After '|' or '>' only an indentation digit, '+' or '-', and a comment may follow on the same line; " +
                    "the text starts on the next line.", end);
        if (Has(m, "literal block scalar"))
            return ("An empty line at the start of this block scalar is indented more than its first line of text; remove the " +
                    "extra spaces or give the indentation with an indicator such as '|2'.", end);
        if (Has(m, "comment after") || Has(m, "comment between"))
            return ("A comment must be separated from the value before it by a space before '#'.", start);
        if (Has(m, "invalid content after '...'"))
            return ("Nothing may follow the document end marker '...' on its line.", start);
        if (Has(m, "directive"))
            return ("This YAML directive (a line starting with '%') is not valid; a traffic policy needs no directives.", start);
        if (Has(m, "<document start>") || Has(m, "<document end>"))
            return ("Unexpected content after the end of the document: a policy file holds a single YAML document, and " +
                    "everything in it must belong to the top-level map.", start);
        return ("The YAML is not valid here: " + Rephrase(m), start);
    }

    private static string UnknownEscape(string text, int offset)
    {
        var escape = offset + 1 < text.Length ? "\\" + text[offset + 1] : "\\";
        return $"'{escape}' is not an escape in a double-quoted YAML string. Write a backslash as '\\\\' (a regular " +
               "expression's '\\d' becomes '\\\\d'), or use a single-quoted string, where a backslash is an ordinary character.";
    }

    /// <summary>The backslash of the escape whose digits the scanner stopped in.</summary>
    private static int EscapeStart(string text, int offset)
    {
        var i = Math.Min(offset, text.Length - 1);
        for (var k = 0; k < 12 && i >= 0; k++, i--)
            if (text[i] == '\\') return i;
        return offset;
    }

    /// <summary>The first tab in the indentation of a line from the error on (the parser's mark is often the line above).</summary>
    private static int FindIndentTab(string text, int start, int end)
    {
        var lineStart = start;
        while (lineStart > 0 && text[lineStart - 1] is not ('\n' or '\r')) lineStart--;
        var atLineStart = true;
        for (var i = lineStart; i < text.Length && i <= Math.Max(end, start) + 4096; i++)
        {
            if (text[i] is '\n' or '\r') atLineStart = true;
            else if (text[i] == '\t' && atLineStart) return i;
            else if (text[i] != ' ') atLineStart = false;
        }
        return start;
    }

    private static string Rephrase(string message)
    {
        // "While scanning a plain scalar, found X." → "found X." with the construct named after it.
        var comma = message.IndexOf(", ", StringComparison.Ordinal);
        if (!message.StartsWith("While ", StringComparison.Ordinal) || comma < 0) return message;
        var what = message["While ".Length..comma];
        var rest = message[(comma + 2)..].TrimEnd('.');
        return $"{rest} (while {what}).";
    }

    private static bool AtEnd(string text, int offset) => text.AsSpan(offset).IsWhiteSpace();

    private static bool Has(string message, string part) => message.Contains(part, StringComparison.Ordinal);

    private static int Clamp(long index, string text) => (int)Math.Clamp(index, 0, text.Length);

    private static string CharAt(string text, int i) => i < text.Length ? text[i].ToString() : "";

    private static string Word(string text, int i)
    {
        var end = i;
        while (!YamlChars.IsWhiteBreakOrZero(text, end)) end++;
        return text[i..end];
    }

    private static string RestOfLine(string text, int i)
    {
        var end = i;
        while (!YamlChars.IsBreak(text, end) && !YamlChars.IsZero(text, end)) end++;
        return text[i..end].TrimEnd().Replace("'", "''", StringComparison.Ordinal);
    }
}
