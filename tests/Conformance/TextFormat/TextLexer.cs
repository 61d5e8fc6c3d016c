namespace Policy.Conformance.TextFormat;

/// <summary>
/// Splits protobuf text format into tokens: names, numbers, quoted strings (unescaped to
/// bytes) and punctuation. <c>#</c> starts a comment that runs to the end of the line.
/// </summary>
public sealed partial class TextLexer
{
    private readonly string _text;
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    private TextLexer(string text) => _text = text;

    /// <summary>Tokenises a whole document; the last token is <see cref="TextTokenKind.End"/>.</summary>
    /// <exception cref="TextFormatException">The text contains a malformed token.</exception>
    public static IReadOnlyList<TextToken> Tokenize(string text)
    {
        var lexer = new TextLexer(text);
        var tokens = new List<TextToken>();
        TextToken token;
        do
        {
            token = lexer.Next();
            tokens.Add(token);
        }
        while (token.Kind != TextTokenKind.End);
        return tokens;
    }

    private int Column => _pos - _lineStart + 1;

    private TextToken Next()
    {
        SkipWhitespaceAndComments();
        var line = _line;
        var column = Column;
        if (_pos >= _text.Length) return new TextToken(TextTokenKind.End, "", [], line, column);

        var c = _text[_pos];
        if (c is '"' or '\'') return ReadString(line, column);
        if (IsIdentifierStart(c)) return ReadWhile(TextTokenKind.Identifier, IsIdentifierPart, line, column);
        if (char.IsAsciiDigit(c) || (c == '.' && _pos + 1 < _text.Length && char.IsAsciiDigit(_text[_pos + 1])))
            return ReadNumber(line, column);
        if ("{}<>[]:,;./-".Contains(c, StringComparison.Ordinal))
        {
            _pos++;
            return new TextToken(TextTokenKind.Symbol, c.ToString(), [], line, column);
        }
        throw new TextFormatException(line, column, $"unexpected character '{c}'");
    }

    private void SkipWhitespaceAndComments()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == '\n')
            {
                _pos++;
                _line++;
                _lineStart = _pos;
            }
            else if (c is ' ' or '\t' or '\r' or '\f' or '\v')
            {
                _pos++;
            }
            else if (c == '#')
            {
                while (_pos < _text.Length && _text[_pos] != '\n') _pos++;
            }
            else
            {
                return;
            }
        }
    }

    private TextToken ReadWhile(TextTokenKind kind, Func<char, bool> accept, int line, int column)
    {
        var start = _pos;
        while (_pos < _text.Length && accept(_text[_pos])) _pos++;
        return new TextToken(kind, _text[start.._pos], [], line, column);
    }

    private TextToken ReadNumber(int line, int column)
    {
        var start = _pos;
        if (_text[_pos] == '0' && _pos + 1 < _text.Length && _text[_pos + 1] is 'x' or 'X')
        {
            _pos += 2;
            while (_pos < _text.Length && char.IsAsciiHexDigit(_text[_pos])) _pos++;
        }
        else
        {
            SkipDigits();
            if (_pos < _text.Length && _text[_pos] == '.')
            {
                _pos++;
                SkipDigits();
            }
            if (_pos < _text.Length && _text[_pos] is 'e' or 'E')
            {
                _pos++;
                if (_pos < _text.Length && _text[_pos] is '+' or '-') _pos++;
                var digits = _pos;
                SkipDigits();
                if (digits == _pos) throw new TextFormatException(_line, Column, "exponent without digits");
            }
            // The float suffix of text format ("1.5f") carries no meaning for a double.
            if (_pos < _text.Length && _text[_pos] is 'f' or 'F') _pos++;
        }
        if (_pos < _text.Length && IsIdentifierPart(_text[_pos]))
            throw new TextFormatException(_line, Column, $"unexpected character '{_text[_pos]}' in a number");
        return new TextToken(TextTokenKind.Number, _text[start.._pos], [], line, column);
    }

    private void SkipDigits()
    {
        while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos])) _pos++;
    }

    private static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsIdentifierPart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
