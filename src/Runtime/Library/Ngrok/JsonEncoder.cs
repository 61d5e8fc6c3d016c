using System.Globalization;
using System.Text;
using Policy.Runtime.Library.Standard;
using Policy.Runtime.Library.Strings;
using Policy.Runtime.Text;
using Policy.Runtime.Values;

namespace Policy.Runtime.Library.Ngrok;

/// <summary>
/// CEL values to compact JSON text, written the way Go's <c>json.Marshal</c> writes the
/// corresponding Go values, so output matches an ngrok policy byte for byte where possible:
/// <list type="bullet">
/// <item>null, bools; ints and uints as exact decimal integers.</item>
/// <item>doubles: shortest round-trip digits, plain notation for 1e-6 ≤ |x| &lt; 1e21 (an
/// integral double has no <c>.0</c>: <c>1.0</c> → <c>1</c>), otherwise exponent form
/// <c>1e+21</c>, <c>1.5e-7</c>; NaN and infinities are errors.</item>
/// <item>strings: <c>"</c>, <c>\</c> and control characters escaped (<c>\n \r \t \b \f</c>
/// short, others <c>\u00XX</c>), and, as Go does by default, <c>&lt; &gt; &amp;</c> and
/// U+2028/U+2029 as <c>\uXXXX</c>; lone surrogates become U+FFFD.</item>
/// <item>bytes: a string holding standard base64 (Go's <c>[]byte</c>).</item>
/// <item>timestamps: an RFC 3339 string in UTC with trimmed fraction (Go's <c>time.Time</c>);
/// durations: a string in CEL's <c>string(duration)</c> form, <c>"1.5s"</c>.</item>
/// <item>lists as arrays; maps as objects with keys sorted by code point (Go sorts map keys);
/// int and uint keys are written as their decimal strings (as Go does); bool keys, a key
/// repeated after that conversion, and values of other kinds (types, optionals) are errors.</item>
/// </list>
/// Nesting deeper than <see cref="JsonDecoder.MaxDepth"/> is an error.
/// </summary>
internal static class JsonEncoder
{
    private const string Hex = "0123456789abcdef";

    /// <summary>The JSON text for <paramref name="value"/>, or a <see cref="CelError"/>.</summary>
    public static CelValue Encode(CelValue value)
    {
        var sb = new StringBuilder();
        var error = Write(sb, value, 0);
        return (CelValue?)error ?? CelString.Of(sb.ToString());
    }

    private static CelError? Write(StringBuilder sb, CelValue value, int depth)
    {
        switch (value)
        {
            case CelNull:
                sb.Append("null");
                return null;
            case CelBool b:
                sb.Append(b.Value ? "true" : "false");
                return null;
            case CelInt i:
                sb.Append(i.Value.ToString(CultureInfo.InvariantCulture));
                return null;
            case CelUint u:
                sb.Append(u.Value.ToString(CultureInfo.InvariantCulture));
                return null;
            case CelDouble d:
                return WriteDouble(sb, d.Value);
            case CelString s:
                WriteString(sb, s.Value);
                return null;
            case CelBytes bytes:
                sb.Append('"').Append(Convert.ToBase64String(bytes.Span)).Append('"');
                return null;
            case CelTimestamp t:
                sb.Append('"').Append(t.ToRfc3339()).Append('"');
                return null;
            case CelDuration duration:
                sb.Append('"').Append(duration.ToProtoString()).Append('"');
                return null;
            case CelList list:
                return WriteList(sb, list, depth + 1);
            case CelMap map:
                return WriteMap(sb, map, depth + 1);
            case CelError error:
                return error;
            default:
                return CelError.Of($"json: unsupported type: {value.Type.Name}");
        }
    }

    private static CelError? WriteList(StringBuilder sb, CelList list, int depth)
    {
        if (depth > JsonDecoder.MaxDepth) return TooDeep();
        sb.Append('[');
        for (var i = 0; i < list.Count; i++)
        {
            if (i > 0) sb.Append(',');
            if (Write(sb, list[i], depth) is { } error) return error;
        }
        sb.Append(']');
        return null;
    }

    private static CelError? WriteMap(StringBuilder sb, CelMap map, int depth)
    {
        if (depth > JsonDecoder.MaxDepth) return TooDeep();
        var entries = new List<(string Key, CelValue Value)>(map.Count);
        foreach (var key in map.Keys)
        {
            var text = key switch
            {
                CelString s => s.Value,
                CelInt i => i.Value.ToString(CultureInfo.InvariantCulture),
                CelUint u => u.Value.ToString(CultureInfo.InvariantCulture),
                _ => null,
            };
            if (text is null) return CelError.Of($"json: unsupported map key type: {key.Type.Name}");
            map.TryGetValue(key, out var value);
            entries.Add((text, value));
        }
        entries.Sort(static (a, b) => CodePoints.Compare(a.Key, b.Key));
        sb.Append('{');
        for (var i = 0; i < entries.Count; i++)
        {
            if (i > 0)
            {
                if (entries[i].Key == entries[i - 1].Key) return CelError.Of($"json: duplicate object key \"{entries[i].Key}\"");
                sb.Append(',');
            }
            WriteString(sb, entries[i].Key);
            sb.Append(':');
            if (Write(sb, entries[i].Value, depth) is { } error) return error;
        }
        sb.Append('}');
        return null;
    }

    private static CelError? WriteDouble(StringBuilder sb, double d)
    {
        if (!double.IsFinite(d)) return CelError.Of($"json: unsupported value: {GoFloatFormat.Format(d)}");
        var abs = Math.Abs(d);
        if (abs != 0 && (abs < 1e-6 || abs >= 1e21))
        {
            // Go's %e with at least two exponent digits, then json's clean-up of e-07 to e-7.
            var text = GoFloatFormat.Format(d);
            var n = text.Length;
            if (n >= 4 && text[n - 4] == 'e' && text[n - 3] == '-' && text[n - 2] == '0')
                text = string.Concat(text.AsSpan(0, n - 2), text.AsSpan(n - 1));
            sb.Append(text);
        }
        else
        {
            sb.Append(DoubleText.Shortest(d));
        }
        return null;
    }

    /// <summary>Appends a JSON string literal with Go's default (HTML-safe) escaping.</summary>
    public static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); continue;
                case '\\': sb.Append("\\\\"); continue;
                case '\n': sb.Append("\\n"); continue;
                case '\r': sb.Append("\\r"); continue;
                case '\t': sb.Append("\\t"); continue;
                case '\b': sb.Append("\\b"); continue;
                case '\f': sb.Append("\\f"); continue;
            }
            if (c < 0x20 || c is '<' or '>' or '&' or '\u2028' or '\u2029')
            {
                sb.Append("\\u").Append(Hex[c >> 12]).Append(Hex[(c >> 8) & 0xF]).Append(Hex[(c >> 4) & 0xF]).Append(Hex[c & 0xF]);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                sb.Append(c).Append(s[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                sb.Append("\\ufffd");
            }
            else
            {
                sb.Append(c);
            }
        }
        sb.Append('"');
    }

    private static CelError TooDeep() => CelError.Of($"json: exceeded max depth of {JsonDecoder.MaxDepth}");
}
