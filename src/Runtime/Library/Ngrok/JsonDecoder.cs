using System.Globalization;
using System.Text;
using Policy.Runtime.Values;

namespace Policy.Runtime.Library.Ngrok;

/// <summary>
/// Strict JSON (RFC 8259) to CEL values, with Go's <c>encoding/json</c> reading into
/// <c>any</c> as the model: objects become <c>map(string, dyn)</c> (a repeated key keeps the
/// last value), arrays lists, every number a double, and strings, booleans and null themselves.
/// Only space, tab, CR and LF count as white space; nothing may follow the value. A
/// <c>\u</c> escape of a lone surrogate becomes U+FFFD. Nesting deeper than
/// <see cref="MaxDepth"/> is an error, so untrusted input cannot exhaust the stack.
/// Error messages follow Go's wording.
/// </summary>
internal sealed class JsonDecoder
{
    /// <summary>The deepest nesting of arrays and objects accepted (Go allows 10000; we keep the stack small).</summary>
    public const int MaxDepth = 128;

    private readonly string _text;
    private readonly bool _syntaxOnly;
    private int _pos;
    private string? _error;

    private JsonDecoder(string text, bool syntaxOnly)
    {
        _text = text;
        _syntaxOnly = syntaxOnly;
    }

    /// <summary>The value <paramref name="text"/> holds, or a <see cref="CelError"/>.</summary>
    public static CelValue Decode(string text)
    {
        var decoder = new JsonDecoder(text, syntaxOnly: false);
        var value = decoder.ParseDocument();
        return value ?? CelError.Of(decoder._error!);
    }

    /// <summary>
    /// True when <paramref name="text"/> is one syntactically valid JSON value within the nesting
    /// limit (Go's <c>json.Valid</c>: a number beyond the double range is still valid JSON).
    /// </summary>
    public static bool IsValid(string text) => new JsonDecoder(text, syntaxOnly: true).ParseDocument() is not null;

    private CelValue? ParseDocument()
    {
        SkipSpace();
        var value = ParseValue(0);
        if (value is null) return null;
        SkipSpace();
        return _pos < _text.Length ? Fail("after top-level value") : value;
    }

    private CelValue? ParseValue(int depth)
    {
        if (_pos >= _text.Length) return Eof();
        var c = _text[_pos];
        switch (c)
        {
            case '{': return ParseObject(depth + 1);
            case '[': return ParseArray(depth + 1);
            case '"': return ParseString() is { } s ? CelString.Of(s) : null;
            case 't': return Literal("true", CelBool.True);
            case 'f': return Literal("false", CelBool.False);
            case 'n': return Literal("null", CelNull.Instance);
            default:
                if (c == '-' || char.IsAsciiDigit(c)) return ParseNumber();
                return Fail("looking for beginning of value");
        }
    }

    private CelValue? ParseObject(int depth)
    {
        if (depth > MaxDepth) return TooDeep();
        _pos++; // '{'
        var entries = new List<KeyValuePair<string, CelValue>>();
        SkipSpace();
        if (Peek() == '}')
        {
            _pos++;
            return CelMap.OfStrings(entries);
        }
        while (true)
        {
            SkipSpace();
            if (_pos >= _text.Length) return Eof();
            if (_text[_pos] != '"') return Fail("looking for beginning of object key string");
            var key = ParseString();
            if (key is null) return null;
            SkipSpace();
            if (_pos >= _text.Length) return Eof();
            if (_text[_pos] != ':') return Fail("after object key");
            _pos++;
            SkipSpace();
            var value = ParseValue(depth);
            if (value is null) return null;
            entries.Add(new(key, value));
            SkipSpace();
            if (_pos >= _text.Length) return Eof();
            var c = _text[_pos++];
            if (c == '}') return CelMap.OfStrings(entries);
            if (c != ',')
            {
                _pos--;
                return Fail("after object key:value pair");
            }
        }
    }

    private CelValue? ParseArray(int depth)
    {
        if (depth > MaxDepth) return TooDeep();
        _pos++; // '['
        var items = new List<CelValue>();
        SkipSpace();
        if (Peek() == ']')
        {
            _pos++;
            return CelList.Empty;
        }
        while (true)
        {
            SkipSpace();
            var value = ParseValue(depth);
            if (value is null) return null;
            items.Add(value);
            SkipSpace();
            if (_pos >= _text.Length) return Eof();
            var c = _text[_pos++];
            if (c == ']') return CelList.Wrap([.. items]);
            if (c != ',')
            {
                _pos--;
                return Fail("after array element");
            }
        }
    }

    private string? ParseString()
    {
        _pos++; // opening quote
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length)
            {
                EndOfInput();
                return null;
            }
            var c = _text[_pos];
            if (c == '"')
            {
                _pos++;
                return sb.ToString();
            }
            if (c < 0x20)
            {
                Invalid("in string literal");
                return null;
            }
            if (c == '\\')
            {
                if (!ParseEscape(sb)) return null;
                continue;
            }
            if (char.IsSurrogate(c))
            {
                // A well-formed pair is one code point; a lone half is not text (Go reads invalid UTF-8 as U+FFFD).
                if (char.IsHighSurrogate(c) && _pos + 1 < _text.Length && char.IsLowSurrogate(_text[_pos + 1]))
                {
                    sb.Append(c).Append(_text[_pos + 1]);
                    _pos += 2;
                }
                else
                {
                    sb.Append('\uFFFD');
                    _pos++;
                }
                continue;
            }
            sb.Append(c);
            _pos++;
        }
    }

    private bool ParseEscape(StringBuilder sb)
    {
        _pos++; // backslash
        if (_pos >= _text.Length)
        {
            EndOfInput();
            return false;
        }
        var c = _text[_pos++];
        switch (c)
        {
            case '"': sb.Append('"'); return true;
            case '\\': sb.Append('\\'); return true;
            case '/': sb.Append('/'); return true;
            case 'b': sb.Append('\b'); return true;
            case 'f': sb.Append('\f'); return true;
            case 'n': sb.Append('\n'); return true;
            case 'r': sb.Append('\r'); return true;
            case 't': sb.Append('\t'); return true;
            case 'u':
                var unit = ReadHex4();
                if (unit < 0) return false;
                if (!char.IsSurrogate((char)unit))
                {
                    sb.Append((char)unit);
                    return true;
                }
                // Only a high half followed at once by an escaped low half makes a pair.
                if (char.IsHighSurrogate((char)unit) && _pos + 6 <= _text.Length && _text[_pos] == '\\' && _text[_pos + 1] == 'u'
                    && TryHex4(_pos + 2, out var low) && char.IsLowSurrogate((char)low))
                {
                    sb.Append((char)unit).Append((char)low);
                    _pos += 6;
                    return true;
                }
                sb.Append('\uFFFD');
                return true;
            default:
                _pos--;
                Invalid("in string escape code");
                return false;
        }
    }

    private int ReadHex4()
    {
        for (var i = 0; i < 4; i++)
        {
            if (_pos + i >= _text.Length)
            {
                EndOfInput();
                return -1;
            }
            if (!char.IsAsciiHexDigit(_text[_pos + i]))
            {
                _pos += i;
                Invalid("in \\u hexadecimal character escape");
                return -1;
            }
        }
        TryHex4(_pos, out var value);
        _pos += 4;
        return value;
    }

    private bool TryHex4(int at, out int value)
    {
        value = 0;
        for (var i = 0; i < 4; i++)
        {
            var c = _text[at + i];
            if (!char.IsAsciiHexDigit(c)) return false;
            value = value * 16 + (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
        }
        return true;
    }

    private CelValue? ParseNumber()
    {
        var start = _pos;
        if (_text[_pos] == '-')
        {
            _pos++;
            if (!char.IsAsciiDigit(Peek())) return Fail("in numeric literal");
        }
        // A leading zero stands alone; a digit after it is then an unexpected character for the caller.
        if (_text[_pos] == '0') _pos++;
        else SkipDigits();
        if (Peek() == '.')
        {
            _pos++;
            if (!char.IsAsciiDigit(Peek())) return Fail("after decimal point in numeric literal");
            SkipDigits();
        }
        if (Peek() is 'e' or 'E')
        {
            _pos++;
            if (Peek() is '+' or '-') _pos++;
            if (!char.IsAsciiDigit(Peek())) return Fail("in exponent of numeric literal");
            SkipDigits();
        }
        var literal = _text.AsSpan(start, _pos - start);
        var value = double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(value) && !_syntaxOnly)
        {
            _error = $"json: cannot unmarshal number {literal} into a double: value out of range";
            return null;
        }
        return CelDouble.Of(value);
    }

    private CelValue? Literal(string word, CelValue value)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (_pos + i >= _text.Length || _text[_pos + i] != word[i])
            {
                _pos += i;
                return Fail(i == 0 ? "looking for beginning of value" : $"in literal {word} (expecting '{word[i]}')");
            }
        }
        _pos += word.Length;
        return value;
    }

    private void SkipDigits()
    {
        while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos])) _pos++;
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length && _text[_pos] is ' ' or '\t' or '\n' or '\r') _pos++;
    }

    private char Peek(char atEnd = '\0') => _pos < _text.Length ? _text[_pos] : atEnd;

    private CelValue? Fail(string context)
    {
        Invalid(context);
        return null;
    }

    // Go's scanner sees the end of the input inside a number or literal as a space.
    private void Invalid(string context) => _error = $"invalid character {QuoteChar(Peek(' '))} {context}";

    private CelValue? Eof()
    {
        EndOfInput();
        return null;
    }

    private void EndOfInput() => _error = "unexpected end of JSON input";

    private CelValue? TooDeep()
    {
        _error = $"json: exceeded max depth of {MaxDepth}";
        return null;
    }

    /// <summary>A character for an error message, as Go quotes it: <c>'x'</c>, <c>'\n'</c>, <c>'\x01'</c>.</summary>
    private static string QuoteChar(char c) => c switch
    {
        '\'' => "'\\''",
        '\n' => "'\\n'",
        '\r' => "'\\r'",
        '\t' => "'\\t'",
        < ' ' or '\u007f' => $"'\\x{(int)c:x2}'",
        _ when char.IsSurrogate(c) => "'\\ufffd'",
        _ when char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Control => $"'\\u{(int)c:x4}'",
        _ => $"'{c}'",
    };
}
