using Policy.Compiler.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Policy.Compiler.TrafficPolicy.Syntax;

internal sealed partial class YamlPolicyReader
{
    private const string CoreTagPrefix = "tag:yaml.org,2002:";

    private Built ReadScalar(Scalar scalar)
    {
        var eventStart = (int)scalar.Start.Index;
        var eventEnd = (int)scalar.End.Index;
        // An empty plain scalar has no token (and no text); every other scalar has one ending where the event ends.
        var token = eventEnd > eventStart ? _scanner.TakeScalar(scalar.End.Index) : null;
        if (token is null)
        {
            // The event of an empty scalar with a tag or anchor runs on to the next token, possibly
            // lines later; the value is where its properties end.
            eventEnd = PropertiesEnd(eventStart, eventEnd);
        }
        var start = token?.Start ?? eventEnd;

        var decoded = token is { } t ? Decode(scalar.Style, t.Start, eventEnd, t.ParentIndent) : new PositionMapBuilder(start);
        if (decoded is null || decoded.Value != scalar.Value)
        {
            // Not expected for any input the parser accepts; locating every character at the
            // scalar's start is still better than pointing at the wrong place.
            decoded = new PositionMapBuilder(start);
            foreach (var c in scalar.Value) decoded.Append(c, start, 0);
        }

        var end = TrimEnd(start, eventEnd);
        var location = _context.Span(start, end);
        var kind = Resolve(scalar, eventStart, start, end);
        var node = new PolicyScalar(location, scalar.Value, kind, decoded.ToMap(_context.Source));
        if (!_context.CountNodes(1, location, "this value"))
        {
            _failed = true;
            return default;
        }
        var built = new Built(node, 1, end);
        Register(scalar.Anchor, built);
        Advance();
        return built;
    }

    private PositionMapBuilder? Decode(ScalarStyle style, int start, int end, int parentIndent) => style switch
    {
        ScalarStyle.Plain => YamlScalarDecoder.DecodePlain(_text, start, end),
        ScalarStyle.SingleQuoted => YamlScalarDecoder.DecodeSingleQuoted(_text, start, end),
        ScalarStyle.DoubleQuoted => YamlScalarDecoder.DecodeDoubleQuoted(_text, start, end),
        ScalarStyle.Literal or ScalarStyle.Folded => YamlScalarDecoder.DecodeBlock(_text, start, parentIndent),
        _ => null,
    };

    /// <summary>A block scalar's event ends at the start of the line after it; its location ends at its last character.</summary>
    private int TrimEnd(int start, int end)
    {
        while (end > start && (YamlChars.IsWhite(_text, end - 1) || YamlChars.IsBreak(_text, end - 1))) end--;
        return end;
    }

    /// <summary>The scalar's kind: by the core schema when plain and untagged, a string when quoted, else by its tag.</summary>
    private ScalarKind Resolve(Scalar scalar, int eventStart, int start, int end)
    {
        var tag = scalar.Tag;
        if (tag.IsEmpty) return scalar.Style == ScalarStyle.Plain ? YamlCoreSchema.Resolve(scalar.Value) : ScalarKind.String;
        var value = scalar.Value;
        switch (tag.Value)
        {
            case "!":
            case CoreTagPrefix + "str":
                return ScalarKind.String;
            case CoreTagPrefix + "int":
                return Checked(YamlCoreSchema.IsInt(value), ScalarKind.Integer, "an integer");
            case CoreTagPrefix + "float":
                return Checked(YamlCoreSchema.IsInt(value) || YamlCoreSchema.IsFloat(value), ScalarKind.Float, "a number");
            case CoreTagPrefix + "bool":
                return Checked(YamlCoreSchema.IsBool(value), ScalarKind.Boolean, "true or false");
            case CoreTagPrefix + "null":
                return Checked(YamlCoreSchema.IsNull(value), ScalarKind.Null, "null");
        }
        ReportUnknownScalarTag(scalar, eventStart, start, end);
        return ScalarKind.String;

        ScalarKind Checked(bool ok, ScalarKind kind, string what)
        {
            if (ok) return kind;
            _context.Report(DiagnosticCatalog.PolicyParseError, _context.Span(FindTag(eventStart, start), end),
                $"The value '{value}' is tagged {DisplayTag(tag.Value)} but is not {what}.");
            return ScalarKind.String;
        }
    }

    private void ReportUnknownScalarTag(Scalar scalar, int eventStart, int start, int end)
    {
        var tagStart = FindTag(eventStart, start);
        var display = DisplayTag(scalar.Tag.Value);
        var location = _context.Span(tagStart, Math.Max(end, tagStart + 1));
        if (scalar.Style == ScalarStyle.Plain && scalar.Tag.IsLocal && !scalar.Tag.Value.StartsWith("!!", StringComparison.Ordinal))
        {
            // The usual cause: an unquoted expression such as `!req.x` or `!(a && b)`, whose first word YAML took for a tag.
            var written = _text[tagStart..Math.Max(end, tagStart)];
            _context.Report(DiagnosticCatalog.PolicyParseError, location,
                $"YAML reads '{display}' as a tag, so this value is not the text {Quote(written)}. An expression that " +
                $"starts with '!' must be quoted in YAML; write {Quote(written)}.");
            return;
        }
        _context.Report(DiagnosticCatalog.PolicyParseError, location,
            $"The YAML tag '{display}' is not supported: a traffic policy holds only plain values, strings, lists and maps. " +
            "Remove the tag; if it is the start of an expression beginning with '!', quote the whole expression.");
    }

    private void CheckCollectionTag(TagName tag, string allowed, string what, int eventStart, int begin)
    {
        if (tag.IsEmpty || tag.Value == "!" || tag.Value == allowed) return;
        var tagStart = FindTag(eventStart, begin);
        _context.Report(DiagnosticCatalog.PolicyParseError, _context.Span(tagStart, tagStart + 1),
            $"The YAML tag '{DisplayTag(tag.Value)}' cannot be used on {what}: a traffic policy uses no tags; remove it.");
    }

    /// <summary>The end of the properties (<c>&amp;anchor !tag</c>) starting at <paramref name="i"/>, on their line.</summary>
    private int PropertiesEnd(int i, int limit)
    {
        var end = i;
        while (i < limit && _text[i] is '&' or '!')
        {
            while (!YamlChars.IsWhiteBreakOrZero(_text, i)) i++;
            end = i;
            while (YamlChars.IsWhite(_text, i)) i++;
        }
        return end;
    }

    /// <summary>The offset of the tag among the properties between a node event's start and its content.</summary>
    private int FindTag(int eventStart, int contentStart)
    {
        var i = eventStart;
        while (i < contentStart)
        {
            if (_text[i] == '!' && (i == eventStart || YamlChars.IsWhite(_text, i - 1) || YamlChars.IsBreak(_text, i - 1))) return i;
            if (_text[i] == '#')
                while (i < contentStart && !YamlChars.IsBreak(_text, i)) i++;
            else if (_text[i] == '&')
                while (i < contentStart && !YamlChars.IsWhiteBreakOrZero(_text, i)) i++;
            else
                i++;
        }
        return eventStart;
    }

    private static string DisplayTag(string tag) =>
        tag.StartsWith(CoreTagPrefix, StringComparison.Ordinal) ? "!!" + tag[CoreTagPrefix.Length..]
        : tag.StartsWith('!') ? tag
        : "!<" + tag + ">";

    /// <summary>A YAML-quoted form of <paramref name="text"/> to suggest in a message.</summary>
    private static string Quote(string text) =>
        !text.Contains('\'') ? "'" + text + "'"
        : !text.Contains('"') && !text.Contains('\\') ? "\"" + text + "\""
        : "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
