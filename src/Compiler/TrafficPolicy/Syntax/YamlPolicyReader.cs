using Policy.Compiler.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Policy.Compiler.TrafficPolicy.Syntax;

/// <summary>
/// Reads a YAML policy from YamlDotNet's event stream into a <see cref="PolicyNode"/> tree: one
/// document, aliases expanded within the node budget, duplicate keys reported, tags checked, and
/// every scalar's characters located by re-scanning its source (<see cref="YamlScalarDecoder"/>).
/// </summary>
internal sealed partial class YamlPolicyReader
{
    private readonly ReaderContext _context;
    private readonly string _text;
    private readonly YamlTrackingScanner _scanner;
    private readonly Parser _parser;
    private readonly Dictionary<string, Built> _anchors = new(StringComparer.Ordinal);
    private bool _failed;

    /// <summary>A node read, the number of nodes it stands for (aliases expanded), and where its text ends.</summary>
    private readonly record struct Built(PolicyNode? Node, int Size, int End);

    /// <summary>A reader over the context's text.</summary>
    public YamlPolicyReader(ReaderContext context)
    {
        _context = context;
        _text = context.Text;
        _scanner = new YamlTrackingScanner(new Scanner(new StringReader(_text), skipComments: true));
        _parser = new Parser(_scanner);
    }

    private ParsingEvent? Current => _parser.Current;

    /// <summary>Reads the document; null when it is empty or unreadable.</summary>
    public PolicyNode? Read()
    {
        if (!CheckCharacters()) return null;

        // Stream start, then the first document's start (or the stream's end when there is none).
        if (!Advance() || !Advance()) return null;
        if (Current is not DocumentStart)
        {
            ReportEmpty();
            return null;
        }
        if (!Advance()) return null;

        var empty = Current is Scalar { Value: "", Style: ScalarStyle.Plain } s && s.Tag.IsEmpty && s.Anchor.IsEmpty;
        var root = ReadNode(0);
        if (_failed) return null;

        // The document's end, then the stream's end or a second document.
        if (!Advance()) return null;
        if (Current is DocumentStart second)
        {
            var start = (int)second.Start.Index;
            _context.Report(DiagnosticCatalog.PolicyParseError, _context.Span(start, Math.Max(start + 1, (int)second.End.Index)),
                "A second YAML document starts here. A policy file holds exactly one document; remove the '---' " +
                "separator (or everything after it), or split the policies into separate files.");
        }
        if (empty)
        {
            ReportEmpty();
            return null;
        }
        return root.Node;
    }

    private void ReportEmpty() =>
        _context.Report(DiagnosticCatalog.PolicyParseError, _context.Span(0, 0),
            "The policy is empty: the file holds no value, only whitespace or comments. A traffic policy is a map " +
            "whose keys are phase names, for example 'on_tcp_connect:' followed by a list of rules.");

    /// <summary>Moves to the next event; on a parse error reports it and returns false from then on.</summary>
    private bool Advance()
    {
        if (_failed) return false;
        try
        {
            if (_parser.MoveNext()) return true;
            ReportUnreadable((int)_scanner.CurrentPosition.Index);
        }
        catch (YamlException ex)
        {
            var (message, offset) = YamlErrorMessages.Describe(ex, _text);
            _context.Report(DiagnosticCatalog.PolicyParseError, _context.PointAt(offset), message);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // YamlDotNet throws InvalidOperationException, ArgumentException and the like for a few
            // malformed inputs instead of a YamlException; they are still about the input.
            ReportUnreadable((int)_scanner.CurrentPosition.Index);
        }
        _failed = true;
        return false;
    }

    private void ReportUnreadable(int offset) =>
        _context.Report(DiagnosticCatalog.PolicyParseError, _context.PointAt(offset),
            "The YAML parser could not read the document at this point; check the quoting and indentation around it.");

    /// <summary>Reads the node at the current event and moves past it.</summary>
    private Built ReadNode(int depth) => Current switch
    {
        Scalar scalar => ReadScalar(scalar),
        SequenceStart sequence => ReadSequence(sequence, depth),
        MappingStart mapping => ReadMapping(mapping, depth),
        AnchorAlias alias => ReadAlias(alias),
        _ => Fail(),
    };

    private Built Fail()
    {
        // An event out of place means the parser has lost its way; its next step usually names the real problem.
        var at = (int)(Current?.Start.Index ?? 0);
        if (Advance()) ReportUnreadable(at);
        _failed = true;
        return default;
    }

    /// <summary>
    /// Reports the first character YAML does not allow in a document (control characters other than
    /// tab and line breaks, unpaired surrogates, U+FFFE and U+FFFF); YamlDotNet would otherwise take a
    /// NUL for the end of the file and pass others through.
    /// </summary>
    private bool CheckCharacters()
    {
        for (var i = 0; i < _text.Length; i++)
        {
            var c = _text[i];
            if (char.IsHighSurrogate(c) && i + 1 < _text.Length && char.IsLowSurrogate(_text[i + 1]))
            {
                i++;
                continue;
            }
            var allowed = c is '\t' or '\n' or '\r' or '\u0085' || (c >= 0x20 && c < 0x7F) || (c >= 0xA0 && !char.IsSurrogate(c) && c < 0xFFFE);
            if (allowed) continue;
            var what = char.IsSurrogate(c) ? $"half of a UTF-16 surrogate pair (U+{(int)c:X4})" : $"the control character U+{(int)c:X4}";
            _context.Report(DiagnosticCatalog.PolicyParseError, _context.Span(i, i + 1),
                $"The file contains {what}, which YAML does not allow in a document. Inside a double-quoted string it can be " +
                $"written as the escape \\u{(int)c:X4}.");
            return false;
        }
        return true;
    }

    private void Register(AnchorName anchor, Built built)
    {
        if (!anchor.IsEmpty && built.Node is not null) _anchors[anchor.Value] = built;
    }

    /// <summary>
    /// Skips a node's properties (<c>&amp;anchor</c>, <c>!tag</c>) and the blanks, comments and line
    /// breaks after them: a node event starts at its properties, its location at its content.
    /// </summary>
    private int SkipProperties(int i)
    {
        while (i < _text.Length)
        {
            if (_text[i] is '&' or '!')
            {
                while (!YamlChars.IsWhiteBreakOrZero(_text, i)) i++;
            }
            else if (YamlChars.IsWhite(_text, i) || YamlChars.IsBreak(_text, i))
            {
                i++;
            }
            else if (_text[i] == '#')
            {
                while (!YamlChars.IsBreak(_text, i) && !YamlChars.IsZero(_text, i)) i++;
            }
            else
            {
                break;
            }
        }
        return i;
    }
}
