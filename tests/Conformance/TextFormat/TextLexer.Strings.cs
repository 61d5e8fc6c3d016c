using System.Globalization;
using System.Text;

namespace Policy.Conformance.TextFormat;

// Quoted strings. Text-format strings are byte sequences: unescaped characters contribute their
// UTF-8 encoding, octal and \x escapes contribute one byte each, \u and \U a UTF-8 encoded code point.
public sealed partial class TextLexer
{
    private TextToken ReadString(int line, int column)
    {
        var quote = _text[_pos++];
        var start = _pos;
        var bytes = new List<byte>();
        Span<byte> utf8 = stackalloc byte[4];
        while (true)
        {
            if (_pos >= _text.Length || _text[_pos] == '\n')
                throw new TextFormatException(line, column, "unterminated string");
            var c = _text[_pos];
            if (c == quote) break;
            if (c == '\\')
            {
                ReadEscape(bytes);
                continue;
            }
            // A lone surrogate (impossible in text decoded from UTF-8) becomes U+FFFD.
            Rune.DecodeFromUtf16(_text.AsSpan(_pos), out var rune, out var consumed);
            var n = rune.EncodeToUtf8(utf8);
            for (var i = 0; i < n; i++) bytes.Add(utf8[i]);
            _pos += consumed;
        }
        var raw = _text[start.._pos];
        _pos++;
        return new TextToken(TextTokenKind.String, raw, [.. bytes], line, column);
    }

    private void ReadEscape(List<byte> bytes)
    {
        var column = Column;
        _pos++;
        if (_pos >= _text.Length) throw new TextFormatException(_line, column, "unterminated escape");
        var c = _text[_pos++];
        switch (c)
        {
            case 'a': bytes.Add(0x07); return;
            case 'b': bytes.Add(0x08); return;
            case 'f': bytes.Add(0x0C); return;
            case 'n': bytes.Add(0x0A); return;
            case 'r': bytes.Add(0x0D); return;
            case 't': bytes.Add(0x09); return;
            case 'v': bytes.Add(0x0B); return;
            case '\\' or '\'' or '"' or '?': bytes.Add((byte)c); return;
            case >= '0' and <= '7':
                bytes.Add(ReadOctal(c, column));
                return;
            case 'x' or 'X':
                bytes.Add((byte)ReadHex(1, 2, column, "\\x"));
                return;
            case 'u':
                AddCodePoint(bytes, ReadUnicodeEscape(column), column);
                return;
            case 'U':
                AddCodePoint(bytes, ReadHex(8, 8, column, "\\U"), column);
                return;
            default:
                throw new TextFormatException(_line, column, $"unknown escape '\\{c}'");
        }
    }

    private byte ReadOctal(char first, int column)
    {
        var value = first - '0';
        for (var i = 0; i < 2 && _pos < _text.Length && _text[_pos] is >= '0' and <= '7'; i++)
            value = value * 8 + (_text[_pos++] - '0');
        if (value > 0xFF) throw new TextFormatException(_line, column, "octal escape above \\377");
        return (byte)value;
    }

    private int ReadHex(int min, int max, int column, string escape)
    {
        var start = _pos;
        while (_pos - start < max && _pos < _text.Length && char.IsAsciiHexDigit(_text[_pos])) _pos++;
        if (_pos - start < min)
            throw new TextFormatException(_line, column, $"{escape} needs {(min == max ? "exactly" : "at least")} {min} hex digit{(min == 1 ? "" : "s")}");
        var value = long.Parse(_text.AsSpan(start, _pos - start), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        return value > 0x10FFFF ? -1 : (int)value;
    }

    // \uXXXX; a high surrogate must be followed by a \u escape of a low surrogate.
    private int ReadUnicodeEscape(int column)
    {
        var unit = ReadHex(4, 4, column, "\\u");
        if (char.IsLowSurrogate((char)unit))
            throw new TextFormatException(_line, column, "\\u escape of a lone low surrogate");
        if (!char.IsHighSurrogate((char)unit)) return unit;
        if (_pos + 1 >= _text.Length || _text[_pos] != '\\' || _text[_pos + 1] != 'u')
            throw new TextFormatException(_line, column, "\\u escape of a high surrogate without a following low surrogate");
        var lowColumn = Column;
        _pos += 2;
        var low = ReadHex(4, 4, lowColumn, "\\u");
        if (!char.IsLowSurrogate((char)low))
            throw new TextFormatException(_line, lowColumn, "\\u escape of a high surrogate without a following low surrogate");
        return char.ConvertToUtf32((char)unit, (char)low);
    }

    private void AddCodePoint(List<byte> bytes, int codePoint, int column)
    {
        if (!Rune.IsValid(codePoint))
            throw new TextFormatException(_line, column, "escape denotes an invalid code point");
        Span<byte> utf8 = stackalloc byte[4];
        var n = new Rune(codePoint).EncodeToUtf8(utf8);
        for (var i = 0; i < n; i++) bytes.Add(utf8[i]);
    }
}
