using Policy.Compiler.Diagnostics;

namespace Policy.Compiler.TrafficPolicy.Syntax;

/// <summary>
/// A strict JSON reader (RFC 8259: no comments, no trailing commas, no single quotes) that builds
/// the same <see cref="PolicyNode"/> tree as the YAML reader, with exact positions for every node
/// and every string character, including characters written as escapes. It stops at the first
/// syntax error; duplicate keys are reported and the first one kept.
/// </summary>
internal sealed partial class JsonPolicyReader(ReaderContext context)
{
    private readonly string _text = context.Text;
    private int _pos;
    private bool _failed;

    /// <summary>Reads the document; null after a syntax error.</summary>
    public PolicyNode? Read()
    {
        SkipWhitespace();
        var root = ReadValue(0);
        if (_failed) return null;
        SkipWhitespace();
        if (_pos < _text.Length)
            return Error(_pos, _text[_pos] == ','
                ? "Unexpected ',' after the end of the JSON document."
                : "Unexpected content after the end of the JSON document: the top-level value is already complete.");
        return root;
    }

    private PolicyNode? ReadValue(int depth)
    {
        if (_pos >= _text.Length) return Error(_pos, "The JSON document ends where a value is expected.");
        return _text[_pos] switch
        {
            '{' => ReadObject(depth),
            '[' => ReadArray(depth),
            '"' => ReadString(),
            '-' when _pos + 1 < _text.Length && char.IsAsciiLetter(_text[_pos + 1]) => ReadWord(),
            '-' or (>= '0' and <= '9') => ReadNumber(),
            _ => ReadWord(),
        };
    }

    private PolicyNode? ReadObject(int depth)
    {
        var start = _pos;
        if (!Enter(start, depth)) return null;
        _pos++;
        var entries = new List<PolicyEntry>();
        var firstKeys = new Dictionary<string, PolicyScalar>(StringComparer.Ordinal);
        SkipWhitespace();
        if (At('}')) return new PolicyMap(context.Span(start, ++_pos), entries);
        while (true)
        {
            if (_pos >= _text.Length) return Error(_pos, "The JSON document ends inside an object: expected a key in double quotes.");
            if (_text[_pos] != '"') return KeyError();
            var key = ReadString();
            if (key is null) return null;
            SkipWhitespace();
            if (!At(':')) return Error(_pos, $"Expected ':' after the key \"{key.Value}\"{Found()}.");
            _pos++;
            SkipWhitespace();
            var value = ReadValue(depth + 1);
            if (value is null) return null;

            if (firstKeys.TryGetValue(key.Value, out var first))
            {
                context.Report(DiagnosticCatalog.DuplicateKey, key.Location,
                    $"The key \"{key.Value}\" appears twice in this object; it was first defined on line {first.Location.Line}, column {first.Location.Column}. " +
                    "Only the first one is used; remove or rename one of them.");
            }
            else
            {
                firstKeys.Add(key.Value, key);
                entries.Add(new PolicyEntry(key, value));
            }

            SkipWhitespace();
            if (At('}')) return new PolicyMap(context.Span(start, ++_pos), entries);
            if (!At(',')) return Error(_pos, At('"')
                ? "Expected ',' between the members of this object: a ',' is missing before this key."
                : $"Expected ',' or '}}' after the member \"{key.Value}\"{Found()}.");
            var comma = _pos++;
            SkipWhitespace();
            if (At('}')) return Error(comma, "JSON does not allow a trailing comma before '}'; remove this ','.");
        }
    }

    private PolicyNode? ReadArray(int depth)
    {
        var start = _pos;
        if (!Enter(start, depth)) return null;
        _pos++;
        var items = new List<PolicyNode>();
        SkipWhitespace();
        if (At(']')) return new PolicyList(context.Span(start, ++_pos), items);
        while (true)
        {
            var item = ReadValue(depth + 1);
            if (item is null) return null;
            items.Add(item);
            SkipWhitespace();
            if (At(']')) return new PolicyList(context.Span(start, ++_pos), items);
            if (!At(',')) return Error(_pos, _pos >= _text.Length
                ? "The JSON document ends inside a list: expected ',' or ']'."
                : $"Expected ',' or ']' after this list item{Found()}.");
            var comma = _pos++;
            SkipWhitespace();
            if (At(']')) return Error(comma, "JSON does not allow a trailing comma before ']'; remove this ','.");
        }
    }

    private bool Enter(int start, int depth)
    {
        if (depth >= PolicyDocumentReader.MaxDepth)
        {
            context.ReportTooDeep(context.PointAt(start));
            _failed = true;
            return false;
        }
        if (context.CountNodes(1, context.PointAt(start), "this value")) return true;
        _failed = true;
        return false;
    }

    private PolicyNode? KeyError() => _text[_pos] switch
    {
        '}' => Error(_pos, "Expected a key in double quotes here."),
        '\'' => Error(_pos, "JSON strings, keys included, use double quotes (\"), not single quotes."),
        '/' => CommentError(),
        _ => Error(_pos, $"Expected a key in double quotes{Found()}. JSON requires every key to be quoted " +
                         "(a document that starts with '{' or '[' is read as JSON, not YAML)."),
    };

    private PolicyScalar? CommentError() =>
        Error(_pos, "JSON does not allow comments; remove the comment, or write the policy in YAML, where '#' starts one.");

    private bool At(char c) => _pos < _text.Length && _text[_pos] == c;

    /// <summary>", found 'x'" for the character at the current position, or ", found the end of the document".</summary>
    private string Found() => _pos >= _text.Length ? ", but the document ends" : $", found {Describe(_text[_pos])}";

    private static string Describe(char c) => c switch
    {
        '\n' or '\r' => "a line break",
        '\t' => "a tab",
        _ when char.IsControl(c) => $"the control character U+{(int)c:X4}",
        _ => $"'{c}'",
    };

    private void SkipWhitespace()
    {
        while (_pos < _text.Length && _text[_pos] is ' ' or '\t' or '\r' or '\n') _pos++;
    }

    /// <summary>Reports a syntax error and stops reading; null, so that a caller can return it as its result.</summary>
    private PolicyScalar? Error(int offset, string message)
    {
        context.Report(DiagnosticCatalog.PolicyParseError, context.PointAt(offset), message);
        _failed = true;
        return null;
    }
}
