using System.Text;

namespace Policy.Conformance.TextFormat;

/// <summary>
/// Parses protobuf text format into a schema-free tree of <see cref="TextMessage"/>s. Supports
/// <c>name: scalar</c>, <c>name { ... }</c>, <c>name: { ... }</c>, <c>&lt; ... &gt;</c> delimiters,
/// the list form <c>name: [a, b]</c>, optional <c>,</c>/<c>;</c> separators, adjacent string
/// concatenation, negative numbers and names (<c>-inf</c>), and bracketed names for expanded
/// <c>Any</c> values and extensions (<c>[type.googleapis.com/pkg.Msg] { ... }</c>).
/// </summary>
public sealed class TextParser
{
    private readonly IReadOnlyList<TextToken> _tokens;
    private int _index;

    private TextParser(IReadOnlyList<TextToken> tokens) => _tokens = tokens;

    /// <summary>Parses a whole document as the fields of its top-level message.</summary>
    /// <exception cref="TextFormatException">The text is malformed.</exception>
    public static TextMessage Parse(string text)
    {
        var parser = new TextParser(TextLexer.Tokenize(text));
        var message = parser.ParseFields(null, 1, 1);
        var end = parser.Peek;
        if (end.Kind != TextTokenKind.End) throw new TextFormatException(end.Line, end.Column, $"unexpected {end.Describe()}");
        return message;
    }

    private TextToken Peek => _tokens[_index];

    private TextToken Take()
    {
        var token = _tokens[_index];
        if (token.Kind != TextTokenKind.End) _index++;
        return token;
    }

    private TextMessage ParseFields(char? close, int line, int column)
    {
        var fields = new List<TextField>();
        while (true)
        {
            var next = Peek;
            if (close is { } c && next.IsSymbol(c))
            {
                _index++;
                break;
            }
            if (next.Kind == TextTokenKind.End)
            {
                if (close is null) break;
                throw new TextFormatException(next.Line, next.Column, $"missing '{close}' for the message opened at {line}:{column}");
            }
            if (close is null && (next.IsSymbol('}') || next.IsSymbol('>')))
                throw new TextFormatException(next.Line, next.Column, $"unexpected {next.Describe()}: no message is open");
            ParseField(fields);
            if (Peek.IsSymbol(',') || Peek.IsSymbol(';')) _index++;
        }
        return new TextMessage(fields, line, column);
    }

    private void ParseField(List<TextField> fields)
    {
        var start = Peek;
        var (name, bracketed) = ParseFieldName();
        var colon = Peek.IsSymbol(':');
        if (colon) _index++;
        if (colon && Peek.IsSymbol('['))
        {
            ParseList(name, bracketed, start, fields);
            return;
        }
        fields.Add(new TextField(name, bracketed, ParseValue(name, colon), start.Line, start.Column));
    }

    private (string Name, bool Bracketed) ParseFieldName()
    {
        var token = Take();
        if (token.Kind == TextTokenKind.Identifier) return (token.Text, false);
        if (!token.IsSymbol('[')) throw new TextFormatException(token.Line, token.Column, $"expected a field name, found {token.Describe()}");

        // A type URL or an extension name: identifiers joined by '.' and '/'.
        var name = new StringBuilder(Expect(TextTokenKind.Identifier, "a type or extension name").Text);
        while (Peek.IsSymbol('.') || Peek.IsSymbol('/'))
        {
            name.Append(Take().Text);
            name.Append(Expect(TextTokenKind.Identifier, "a name part").Text);
        }
        var close = Take();
        if (!close.IsSymbol(']')) throw new TextFormatException(close.Line, close.Column, $"expected ']', found {close.Describe()}");
        return (name.ToString(), true);
    }

    private void ParseList(string name, bool bracketed, TextToken start, List<TextField> fields)
    {
        _index++;
        if (Peek.IsSymbol(']'))
        {
            _index++;
            return;
        }
        while (true)
        {
            fields.Add(new TextField(name, bracketed, ParseValue(name, colon: true), start.Line, start.Column));
            var next = Take();
            if (next.IsSymbol(']')) return;
            if (!next.IsSymbol(',')) throw new TextFormatException(next.Line, next.Column, $"expected ',' or ']' in the list of '{name}', found {next.Describe()}");
        }
    }

    private TextValue ParseValue(string name, bool colon)
    {
        var token = Peek;
        if (token.IsSymbol('{') || token.IsSymbol('<'))
        {
            _index++;
            return ParseFields(token.IsSymbol('{') ? '}' : '>', token.Line, token.Column);
        }
        if (!colon) throw new TextFormatException(token.Line, token.Column, $"expected ':' or '{{' after field '{name}', found {token.Describe()}");
        return ParseScalar();
    }

    private TextScalar ParseScalar()
    {
        var token = Take();
        switch (token.Kind)
        {
            case TextTokenKind.String:
                var bytes = new List<byte>(token.Bytes);
                var text = new StringBuilder(token.Text);
                while (Peek.Kind == TextTokenKind.String)
                {
                    var more = Take();
                    bytes.AddRange(more.Bytes);
                    text.Append(more.Text);
                }
                return new TextScalar(TextScalarKind.String, text.ToString(), [.. bytes], token.Line, token.Column);
            case TextTokenKind.Number:
                return new TextScalar(TextScalarKind.Number, token.Text, [], token.Line, token.Column);
            case TextTokenKind.Identifier:
                return new TextScalar(TextScalarKind.Identifier, token.Text, [], token.Line, token.Column);
            case TextTokenKind.Symbol when token.IsSymbol('-'):
                var operand = Take();
                if (operand.Kind is not (TextTokenKind.Number or TextTokenKind.Identifier))
                    throw new TextFormatException(operand.Line, operand.Column, $"expected a number after '-', found {operand.Describe()}");
                var kind = operand.Kind == TextTokenKind.Number ? TextScalarKind.Number : TextScalarKind.Identifier;
                return new TextScalar(kind, "-" + operand.Text, [], token.Line, token.Column);
            default:
                throw new TextFormatException(token.Line, token.Column, $"expected a value, found {token.Describe()}");
        }
    }

    private TextToken Expect(TextTokenKind kind, string what)
    {
        var token = Take();
        return token.Kind == kind ? token : throw new TextFormatException(token.Line, token.Column, $"expected {what}, found {token.Describe()}");
    }
}
