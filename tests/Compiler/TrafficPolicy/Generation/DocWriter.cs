using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bogus;

namespace Policy.Compiler.Tests.TrafficPolicy.Generation;

/// <summary>
/// Writes a generated document as YAML or JSON, choosing scalar styles at random (plain, single-
/// and double-quoted with random escapes, literal and folded blocks, flow lists, comments, CRLF)
/// so that every way of writing a value meets the reader and the position mapping of CEL errors.
/// </summary>
internal sealed partial class DocWriter(Randomizer random)
{
    private string _newline = "\n";

    public string Yaml(DocNode root)
    {
        _newline = random.Bool(0.15f) ? "\r\n" : "\n";
        var sb = new StringBuilder();
        if (random.Bool(0.2f)) sb.Append("# generated policy").Append(_newline);
        WriteBlock(sb, root, 0);
        return sb.ToString();
    }

    public string Json(DocNode root)
    {
        var options = new JsonWriterOptions
        {
            Indented = random.Bool(),
            Encoder = random.Bool() ? JavaScriptEncoder.Default : JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, options)) WriteJson(writer, root);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteJson(Utf8JsonWriter w, DocNode node)
    {
        switch (node)
        {
            case DocMap map:
                w.WriteStartObject();
                foreach (var (key, value) in map.Entries)
                {
                    w.WritePropertyName(key);
                    WriteJson(w, value);
                }
                w.WriteEndObject();
                break;
            case DocList list:
                w.WriteStartArray();
                foreach (var item in list.Items) WriteJson(w, item);
                w.WriteEndArray();
                break;
            case DocScalar { Value: null }:
                w.WriteNullValue();
                break;
            case DocScalar { Value: string s }:
                w.WriteStringValue(s);
                break;
            case DocScalar { Value: bool b }:
                w.WriteBooleanValue(b);
                break;
            case DocScalar { Value: long l }:
                w.WriteNumberValue(l);
                break;
            case DocScalar { Value: ulong u }:
                w.WriteNumberValue(u);
                break;
            case DocScalar { Value: double d }:
                w.WriteNumberValue(d);
                break;
            default:
                throw new InvalidOperationException($"unexpected node {node}");
        }
    }

    /// <summary>Writes a value that starts on a fresh line at <paramref name="indent"/>.</summary>
    private void WriteBlock(StringBuilder sb, DocNode node, int indent)
    {
        switch (node)
        {
            case DocMap { Entries.Count: > 0 } map:
                for (var i = 0; i < map.Entries.Count; i++)
                {
                    sb.Append(' ', indent);
                    WriteEntry(sb, map.Entries[i].Key, map.Entries[i].Value, indent);
                }
                break;
            case DocList { Items.Count: > 0 } list:
                foreach (var item in list.Items)
                {
                    if (random.Bool(0.05f)) sb.Append(' ', indent).Append("# item").Append(_newline);
                    sb.Append(' ', indent).Append("- ");
                    WriteAfterDash(sb, item, indent + 2);
                }
                break;
            default:
                sb.Append(' ', indent);
                WriteInline(sb, node, indent);
                break;
        }
    }

    /// <summary>Writes "key: value" (the indentation of the key is already written).</summary>
    private void WriteEntry(StringBuilder sb, string key, DocNode value, int indent)
    {
        sb.Append(Key(key)).Append(':');
        switch (value)
        {
            case DocMap { Entries.Count: > 0 }:
                sb.Append(_newline);
                WriteBlock(sb, value, indent + 2);
                break;
            case DocList { Items.Count: > 0 } list when list.Items.All(i => i is DocScalar) && random.Bool(0.3f):
                sb.Append(' ').Append(Flow(list)).Append(_newline);
                break;
            case DocList { Items.Count: > 0 }:
                sb.Append(_newline);
                // Block sequences may sit at the key's own indentation.
                WriteBlock(sb, value, random.Bool(0.3f) ? indent : indent + 2);
                break;
            default:
                sb.Append(' ');
                WriteInline(sb, value, indent);
                break;
        }
    }

    /// <summary>Writes an item's value after "- ".</summary>
    private void WriteAfterDash(StringBuilder sb, DocNode item, int indent)
    {
        switch (item)
        {
            case DocMap { Entries.Count: > 0 } map:
                WriteEntry(sb, map.Entries[0].Key, map.Entries[0].Value, indent);
                for (var i = 1; i < map.Entries.Count; i++)
                {
                    sb.Append(' ', indent);
                    WriteEntry(sb, map.Entries[i].Key, map.Entries[i].Value, indent);
                }
                break;
            case DocList { Items.Count: > 0 } list:
                sb.Append(Flow(list)).Append(_newline);
                break;
            default:
                WriteInline(sb, item, indent - 2);
                break;
        }
    }

    /// <summary>Writes a scalar or an empty collection, ending the line.</summary>
    private void WriteInline(StringBuilder sb, DocNode node, int indent)
    {
        switch (node)
        {
            case DocMap:
                sb.Append("{}").Append(_newline);
                break;
            case DocList:
                sb.Append("[]").Append(_newline);
                break;
            case DocScalar { Value: string s }:
                WriteString(sb, s, indent);
                break;
            case DocScalar scalar:
                sb.Append(NonString(scalar)).Append(_newline);
                break;
        }
    }

    private string Flow(DocNode node) => node switch
    {
        DocList list => "[" + string.Join(", ", list.Items.Select(Flow)) + "]",
        DocMap map => "{" + string.Join(", ", map.Entries.Select(e => DoubleQuoted(e.Key) + ": " + Flow(e.Value))) + "}",
        DocScalar { Value: string s } => random.Bool(0.3f) && !s.Contains('\n') ? SingleQuoted(s) : DoubleQuoted(s),
        DocScalar scalar => NonString(scalar),
        _ => throw new InvalidOperationException(),
    };

    private static string NonString(DocScalar scalar) => scalar.Value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        double d => double.IsPositiveInfinity(d) ? ".inf" : double.IsNegativeInfinity(d) ? "-.inf" : double.IsNaN(d) ? ".nan"
            : d.ToString("0.0###############", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => throw new InvalidOperationException($"unexpected scalar {other}"),
    };

    private string Key(string key) => IsPlainSafe(key) && random.Bool(0.9f) ? key : DoubleQuoted(key);
}
