using Policy.Compiler.Diagnostics;

namespace Policy.Compiler.TrafficPolicy.Syntax;

internal sealed partial class JsonPolicyReader
{
    /// <summary>Reads a string at the opening quote; each decoded character maps to its source (an escape's backslash).</summary>
    private PolicyScalar? ReadString()
    {
        var start = _pos++;
        var builder = new PositionMapBuilder(_pos);
        while (true)
        {
            if (_pos >= _text.Length) return Error(start, "This string is never closed: the document ends before its closing '\"'.");
            var c = _text[_pos];
            if (c == '"') break;
            if (c < 0x20)
                return Error(_pos, c is '\n' or '\r'
                    ? "A JSON string cannot span lines: write a line break inside a string as \\n (or close the string before the line ends)."
                    : $"A JSON string cannot contain the control character U+{(int)c:X4}; write it as \\u{(int)c:X4}.");
            if (c != '\\')
            {
                builder.Append(c, _pos, 1);
                _pos++;
                continue;
            }
            if (!ReadEscape(builder)) return null;
        }
        builder.End = _pos;
        _pos++;
        var value = builder.Value;
        return Scalar(start, value, ScalarKind.String, builder);
    }

    private bool ReadEscape(PositionMapBuilder builder)
    {
        var at = _pos;
        if (at + 1 >= _text.Length) {
            Error(at, "This string is never closed: the document ends after a '\\'.");
            return false;
        }
        char? simple = _text[at + 1] switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (simple is { } s)
        {
            builder.Append(s, at, 2);
            _pos += 2;
            return true;
        }
        if (_text[at + 1] != 'u')
        {
            Error(at, $"'\\{_text[at + 1]}' is not a JSON escape; JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX. " +
                      "Write a backslash as \\\\ (a regular expression's \\d becomes \\\\d).");
            return false;
        }
        var code = 0;
        for (var k = 0; k < 4; k++)
        {
            var d = at + 2 + k < _text.Length ? YamlChars.HexValue(_text[at + 2 + k]) : -1;
            if (d < 0)
            {
                Error(at, "\\u in a JSON string must be followed by exactly four hexadecimal digits.");
                return false;
            }
            code = (code << 4) + d;
        }
        // JSON writes a character outside the BMP as two \u escapes; each half maps to its own escape.
        builder.Append((char)code, at, 6);
        _pos += 6;
        return true;
    }

    /// <summary>Reads a number; an integer unless it has a fraction or an exponent.</summary>
    private PolicyScalar? ReadNumber()
    {
        var start = _pos;
        if (At('-')) _pos++;
        if (!Digit(_pos)) return Error(_pos, "Expected a digit after '-'.");
        if (_text[_pos] == '0' && Digit(_pos + 1))
        {
            var written = Word(start);
            var trimmed = written.TrimStart('-').TrimStart('0');
            var suggestion = (written.StartsWith('-') ? "-" : "") + (trimmed.Length == 0 || !char.IsAsciiDigit(trimmed[0]) ? "0" + trimmed : trimmed);
            return Error(_pos, $"JSON numbers cannot have leading zeros: write {suggestion} rather than {written}, or quote the value if it is text.");
        }
        while (Digit(_pos)) _pos++;
        var kind = ScalarKind.Integer;
        if (At('.'))
        {
            _pos++;
            if (!Digit(_pos)) return Error(_pos, "Expected a digit after the decimal point.");
            while (Digit(_pos)) _pos++;
            kind = ScalarKind.Float;
        }
        if (At('e') || At('E'))
        {
            _pos++;
            if (At('+') || At('-')) _pos++;
            if (!Digit(_pos)) return Error(_pos, "Expected a digit in the exponent of this number.");
            while (Digit(_pos)) _pos++;
            kind = ScalarKind.Float;
        }
        if (_pos < _text.Length && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] is '.' or '_'))
            return Error(start, $"'{Word(start)}' is not a JSON number; quote it if it is meant as a string.");
        return Verbatim(start, kind);
    }

    /// <summary>Reads true, false or null, or reports what was found instead of a value.</summary>
    private PolicyScalar? ReadWord()
    {
        var start = _pos;
        var c = _text[_pos];
        if (c == '\'') return Error(_pos, "JSON strings use double quotes (\"), not single quotes.");
        if (c == '/') return CommentError();
        if (c is ',' or ']' or '}' or ':')
            return Error(_pos, $"Expected a value{Found()}.");
        var word = Word(start);
        _pos += Math.Max(word.Length, 1);
        switch (word)
        {
            case "true" or "false": return Verbatim(start, ScalarKind.Boolean);
            case "null": return Verbatim(start, ScalarKind.Null);
            case "True" or "False" or "TRUE" or "FALSE" or "Null" or "NULL":
                return Error(start, $"'{word}' is not a JSON value: JSON writes true, false and null in lower case.");
            case "NaN" or "Infinity" or "-Infinity" or "nan" or "inf":
                return Error(start, $"JSON has no '{word}': numbers must be finite. Quote it if it is meant as a string.");
            case ['+', ..]:
                return Error(start, $"JSON numbers have no '+' sign: write {word[1..]}.");
            case ['.', >= '0' and <= '9', ..]:
                return Error(start, $"JSON numbers need a digit before the decimal point: write 0{word}.");
            case "":
                return Error(start, $"Expected a value (an object, a list, a string in double quotes, a number, true, false or null){FoundAt(start)}.");
            default:
                return Error(start, $"'{word}' is not a JSON value; a string must be in double quotes: \"{word}\".");
        }
    }

    private string FoundAt(int offset)
    {
        var saved = _pos;
        _pos = offset;
        var found = Found();
        _pos = saved;
        return found;
    }

    private string Word(int start)
    {
        var end = start;
        while (end < _text.Length && (char.IsLetterOrDigit(_text[end]) || _text[end] is '.' or '_' or '-' or '+' or '$')) end++;
        return _text[start..end];
    }

    private bool Digit(int i) => i < _text.Length && char.IsAsciiDigit(_text[i]);

    private PolicyScalar? Verbatim(int start, ScalarKind kind)
    {
        var builder = new PositionMapBuilder(start);
        for (var i = start; i < _pos; i++) builder.Append(_text[i], i, 1);
        return Scalar(start, _text[start.._pos], kind, builder);
    }

    private PolicyScalar? Scalar(int start, string value, ScalarKind kind, PositionMapBuilder builder)
    {
        var location = context.Span(start, _pos);
        if (!context.CountNodes(1, location, "this value"))
        {
            _failed = true;
            return null;
        }
        return new PolicyScalar(location, value, kind, builder.ToMap(context.Source));
    }

}
