using Policy.Compiler.Diagnostics;
using YamlDotNet.Core.Events;

namespace Policy.Compiler.TrafficPolicy.Syntax;

internal sealed partial class YamlPolicyReader
{
    private Built ReadSequence(SequenceStart start, int depth)
    {
        var begin = SkipProperties((int)start.Start.Index);
        if (!EnterCollection(begin, depth)) return default;
        CheckCollectionTag(start.Tag, "tag:yaml.org,2002:seq", "a list", (int)start.Start.Index, begin);
        if (!Advance()) return default;

        var items = new List<PolicyNode>();
        var size = 1;
        var end = begin;
        while (Current is not SequenceEnd)
        {
            var item = ReadNode(depth + 1);
            if (_failed) return default;
            end = Math.Max(end, item.End);
            if (item.Node is null) continue;
            items.Add(item.Node);
            size += item.Size;
        }
        if (start.Style == YamlDotNet.Core.Events.SequenceStyle.Flow) end = FlowEnd(Current!, ']');

        var built = new Built(new PolicyList(_context.Span(begin, end), items), size, end);
        Register(start.Anchor, built);
        Advance();
        return built;
    }

    private Built ReadMapping(MappingStart start, int depth)
    {
        var begin = SkipProperties((int)start.Start.Index);
        if (!EnterCollection(begin, depth)) return default;
        CheckCollectionTag(start.Tag, "tag:yaml.org,2002:map", "a map", (int)start.Start.Index, begin);
        if (!Advance()) return default;

        var entries = new List<PolicyEntry>();
        var firstKeys = new Dictionary<string, PolicyScalar>(StringComparer.Ordinal);
        var size = 1;
        var end = begin;
        while (Current is not MappingEnd)
        {
            var key = ReadNode(depth + 1);
            if (_failed) return default;
            var value = ReadNode(depth + 1);
            if (_failed) return default;
            end = Math.Max(end, Math.Max(key.End, value.End));
            size += key.Size + value.Size;
            if (key.Node is null || value.Node is null) continue;

            if (key.Node is not PolicyScalar name)
            {
                _context.Report(DiagnosticCatalog.PolicyParseError, key.Node.Location,
                    $"A map key must be a single value such as a name, not {key.Node.Describe()}. " +
                    "(YAML reads a key starting with '?', '[' or '{' as a complex key; quote such a key.)");
                continue;
            }
            if (firstKeys.TryGetValue(name.Value, out var first))
            {
                _context.Report(DiagnosticCatalog.DuplicateKey, name.Location,
                    $"The key '{name.Value}' appears twice in this map; it was first defined on line {first.Location.Line}, column {first.Location.Column}. " +
                    "Only the first one is used; remove or rename one of them.");
                continue;
            }
            firstKeys.Add(name.Value, name);
            entries.Add(new PolicyEntry(name, value.Node));
        }
        if (start.Style == YamlDotNet.Core.Events.MappingStyle.Flow) end = FlowEnd(Current!, '}');

        var built = new Built(new PolicyMap(_context.Span(begin, end), entries), size, end);
        Register(start.Anchor, built);
        Advance();
        return built;
    }

    private Built ReadAlias(AnchorAlias alias)
    {
        var name = alias.Value.Value;
        var start = (int)alias.Start.Index;
        var end = (int)alias.End.Index;
        var location = _context.Span(start, end);
        if (!_anchors.TryGetValue(name, out var anchored))
        {
            _context.Report(DiagnosticCatalog.PolicyParseError, location,
                $"YAML reads '*{name}' as an alias, a reference to a value marked '&{name}' earlier in the file, and there " +
                $"is no such value. A value that starts with '*' (a wildcard host name, for example) must be quoted: '*{name}'.");
            Advance();
            return new Built(null, 0, end);
        }
        if (!_context.CountNodes(anchored.Size, location, $"expanding the alias '*{name}'"))
        {
            _failed = true;
            return default;
        }
        Advance();
        // The alias stands for the anchored node itself: its locations are where its text is written.
        return new Built(anchored.Node, anchored.Size, end);
    }

    /// <summary>Checks the depth limit and counts the collection against the node budget.</summary>
    private bool EnterCollection(int begin, int depth)
    {
        if (depth >= PolicyDocumentReader.MaxDepth)
        {
            _context.ReportTooDeep(_context.PointAt(begin));
            _failed = true;
            return false;
        }
        if (_context.CountNodes(1, _context.PointAt(begin), "this value")) return true;
        _failed = true;
        return false;
    }

    /// <summary>The offset after a flow collection's closing bracket (the end event sits on the bracket).</summary>
    private int FlowEnd(ParsingEvent endEvent, char bracket)
    {
        var i = (int)endEvent.Start.Index;
        return i < _text.Length && _text[i] == bracket ? i + 1 : i;
    }
}
